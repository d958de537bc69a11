import { addDays } from "./calendar";
import type { DemoOrganizationSlug } from "./demo-accounts";
import type { DemoCompanies } from "./crm";
import type { DemoTenants } from "./organisations-and-sites";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";

export interface DemoModule {
  id: string;
  code: string;
  title: string;
  durationHours: number;
  defaultPriceCents: number;
}

export interface DemoLocation {
  id: string;
  name: string;
  city: string | null;
  isRemote: boolean;
  centreId: string | null;
}

export interface DemoCatalogue {
  modules: Record<string, DemoModule>;
  trainers: Record<string, { id: string; name: string }>;
  locations: Record<string, DemoLocation>;
}

interface ModuleSpec {
  code: string;
  title: string;
  category: string;
  summary: string;
  objectives: string[];
  prerequisites: string;
  programme: string[];
  durationHours: number;
  defaultPriceCents: number;
  published?: boolean;
}

const MODULES: Record<DemoOrganizationSlug, ModuleSpec[]> = {
  formapro: [
    {
      code: "SST-I",
      title: "Sauveteur Secouriste du Travail (SST) — formation initiale",
      category: "Santé et sécurité au travail",
      summary: "Intervenir face à une situation d'accident du travail et contribuer à la prévention des risques dans l'entreprise.",
      objectives: [
        "Situer le cadre juridique de l'intervention du SST",
        "Protéger, examiner, faire alerter et secourir la victime",
        "Repérer les situations dangereuses et en informer sa hiérarchie",
      ],
      prerequisites: "Aucun prérequis. Tenue adaptée aux exercices pratiques au sol.",
      programme: [
        "Le rôle du SST dans l'entreprise",
        "Protéger et examiner",
        "Alerter ou faire alerter",
        "Secourir : saignements, étouffement, malaise, brûlures, plaies, arrêt cardiaque",
        "Cas concrets et évaluation certificative",
      ],
      durationHours: 14,
      defaultPriceCents: 25_000,
    },
    {
      code: "EPI",
      title: "Équipier de première intervention incendie",
      category: "Santé et sécurité au travail",
      summary: "Réagir efficacement face à un départ de feu et connaître les consignes d'évacuation.",
      objectives: [
        "Connaître les causes et les effets d'un incendie",
        "Choisir et utiliser le bon extincteur",
        "Appliquer les consignes d'évacuation",
      ],
      prerequisites: "Aucun prérequis.",
      programme: [
        "Le triangle du feu et les classes de feux",
        "Les moyens d'extinction",
        "Exercices sur feux réels (bac à feu écologique)",
        "L'évacuation : rôles et consignes",
      ],
      durationHours: 3.5,
      defaultPriceCents: 18_000,
    },
    {
      code: "HACCP",
      title: "Hygiène alimentaire en restauration commerciale (HACCP)",
      category: "Hygiène et qualité",
      summary:
        "La formation obligatoire en hygiène alimentaire pour les établissements de restauration commerciale et les métiers de bouche.",
      objectives: [
        "Identifier les grands principes de la réglementation",
        "Analyser les risques liés à une insuffisance d'hygiène",
        "Mettre en œuvre le plan de maîtrise sanitaire",
      ],
      prerequisites: "Aucun prérequis.",
      programme: [
        "Les dangers microbiologiques, physiques et chimiques",
        "La réglementation (paquet hygiène, arrêté du 21 décembre 2009)",
        "Les bonnes pratiques d'hygiène",
        "La méthode HACCP et le plan de maîtrise sanitaire",
        "Contrôles officiels et auto-contrôles",
      ],
      durationHours: 14,
      defaultPriceCents: 39_000,
    },
    {
      code: "MGT-FOND",
      title: "Les fondamentaux du management d'équipe",
      category: "Management",
      summary: "Prendre sa place de manager, fixer des objectifs, motiver et accompagner son équipe au quotidien.",
      objectives: [
        "Identifier son style de management",
        "Fixer des objectifs clairs et mesurables",
        "Conduire les entretiens clés du manager",
        "Motiver et déléguer",
      ],
      prerequisites: "Encadrer ou s'apprêter à encadrer une équipe.",
      programme: [
        "Le rôle et les missions du manager",
        "Les styles de management situationnel",
        "Fixer des objectifs SMART",
        "Communication et feedback",
        "Déléguer et faire grandir",
        "Plan d'action personnel",
      ],
      durationHours: 21,
      defaultPriceCents: 115_000,
    },
    {
      code: "CONFLITS",
      title: "Prévenir et gérer les conflits",
      category: "Management",
      summary: "Comprendre les mécanismes du conflit et disposer d'outils pour le désamorcer.",
      objectives: ["Repérer les signes avant-coureurs d'un conflit", "Adopter une posture assertive", "Conduire un entretien de médiation"],
      prerequisites: "Aucun prérequis.",
      programme: ["Les sources et les étapes du conflit", "Assertivité et écoute active", "La méthode DESC", "Mises en situation filmées"],
      durationHours: 7,
      defaultPriceCents: 45_000,
    },
    {
      code: "EXCEL-PERF",
      title: "Excel — perfectionnement",
      category: "Bureautique",
      summary: "Exploiter des tableaux de données, automatiser ses calculs et présenter des synthèses claires.",
      objectives: [
        "Maîtriser les fonctions de recherche et conditionnelles",
        "Construire des tableaux croisés dynamiques",
        "Créer des graphiques de synthèse",
      ],
      prerequisites: "Utiliser Excel au quotidien (niveau initiation acquis). Test de positionnement en amont.",
      programme: [
        "Rappels et bonnes pratiques",
        "RECHERCHEX, SI, SOMME.SI.ENS",
        "Mise en forme conditionnelle",
        "Tableaux croisés dynamiques",
        "Graphiques et tableaux de bord",
      ],
      durationHours: 14,
      defaultPriceCents: 49_000,
    },
    {
      code: "ANG-B1",
      title: "Anglais professionnel — niveau B1",
      category: "Langues",
      summary: "Gagner en aisance à l'oral et à l'écrit dans les situations professionnelles courantes.",
      objectives: [
        "Se présenter et présenter son activité",
        "Participer à une réunion et à un appel téléphonique",
        "Rédiger des courriels professionnels",
      ],
      prerequisites: "Niveau A2 validé par le test de positionnement.",
      programme: [
        "Small talk et présentations",
        "Téléphone et visioconférence",
        "Réunions : donner son avis, négocier",
        "Écrits professionnels",
        "Préparation à la certification",
      ],
      durationHours: 28,
      defaultPriceCents: 120_000,
    },
    {
      code: "VENTE",
      title: "Techniques de vente en boutique",
      category: "Commercial",
      summary: "Accueillir, conseiller et conclure la vente en magasin en offrant une expérience client de qualité.",
      objectives: [
        "Réussir l'accueil du client",
        "Découvrir les besoins par le questionnement",
        "Argumenter et traiter les objections",
        "Conclure et fidéliser",
      ],
      prerequisites: "Être en contact avec la clientèle.",
      programme: [
        "Les étapes de la vente",
        "Questionnement et écoute",
        "Argumentaire CAP (caractéristiques, avantages, preuves)",
        "Objections et conclusion",
        "Ventes additionnelles",
      ],
      durationHours: 14,
      defaultPriceCents: 69_000,
    },
    {
      code: "RGPD",
      title: "RGPD : les bases pour les PME",
      category: "Juridique",
      summary: "Comprendre ses obligations en matière de données personnelles (module en préparation).",
      objectives: ["Connaître les principes du RGPD", "Tenir son registre des traitements"],
      prerequisites: "Aucun prérequis.",
      programme: ["Les notions clés", "Les droits des personnes", "Le registre des traitements"],
      durationHours: 7,
      defaultPriceCents: 42_000,
      published: false,
    },
  ],
  horizon: [
    {
      code: "ACC-OFF",
      title: "Accueil et conseil client en officine",
      category: "Santé",
      summary: "Améliorer la qualité de l'accueil et du conseil au comptoir de la pharmacie.",
      objectives: [
        "Accueillir chaque patient avec professionnalisme",
        "Mener un entretien de conseil structuré",
        "Gérer les situations délicates au comptoir",
      ],
      prerequisites: "Travailler au comptoir d'une officine.",
      programme: [
        "Les attentes des patients",
        "L'entretien de conseil en 5 étapes",
        "Conseil associé et éthique",
        "Patients pressés, mécontents, agressifs",
      ],
      durationHours: 14,
      defaultPriceCents: 52_000,
    },
    {
      code: "DISP",
      title: "Bonnes pratiques de dispensation",
      category: "Santé",
      summary: "Sécuriser l'acte de dispensation et prévenir les erreurs médicamenteuses.",
      objectives: [
        "Appliquer les bonnes pratiques de dispensation",
        "Repérer les interactions et contre-indications",
        "Tracer et déclarer les erreurs",
      ],
      prerequisites: "Pharmacien ou préparateur en pharmacie.",
      programme: [
        "Le cadre réglementaire",
        "L'analyse pharmaceutique de l'ordonnance",
        "Erreurs médicamenteuses : causes et prévention",
        "Études de cas",
      ],
      durationHours: 7,
      defaultPriceCents: 31_000,
    },
    {
      code: "ACC-HOT",
      title: "Excellence de l'accueil en hôtellerie",
      category: "Hôtellerie",
      summary: "Offrir une expérience d'accueil mémorable, de la réservation au départ du client.",
      objectives: ["Soigner la première impression", "Personnaliser la relation client", "Traiter les réclamations"],
      prerequisites: "Aucun prérequis.",
      programme: [
        "Le parcours client",
        "Codes de l'accueil et posture",
        "Personnalisation et fidélisation",
        "Réclamations : la méthode en 4 temps",
      ],
      durationHours: 14,
      defaultPriceCents: 48_000,
    },
    {
      code: "ANG-HOT",
      title: "Anglais pour l'hôtellerie",
      category: "Langues",
      summary: "Accueillir et renseigner une clientèle internationale en anglais.",
      objectives: ["Accueillir et enregistrer un client", "Renseigner sur l'hôtel et la ville", "Gérer une réclamation en anglais"],
      prerequisites: "Niveau A2.",
      programme: ["Check-in et check-out", "Téléphone et réservations", "Renseigner et recommander", "Réclamations"],
      durationHours: 21,
      defaultPriceCents: 84_000,
    },
  ],
};

const TRAINERS: Record<DemoOrganizationSlug, { key: string; firstName: string; lastName: string; phone: string }[]> = {
  formapro: [
    { key: "garnier", firstName: "Philippe", lastName: "Garnier", phone: "06 11 24 35 46" },
    { key: "fontaine", firstName: "Camille", lastName: "Fontaine", phone: "06 22 35 46 57" },
    { key: "bertrand", firstName: "Olivier", lastName: "Bertrand", phone: "06 33 46 57 68" },
    { key: "cohen", firstName: "Sarah", lastName: "Cohen", phone: "06 44 57 68 79" },
    { key: "bouzid", firstName: "Mehdi", lastName: "Bouzid", phone: "06 55 68 79 80" },
    { key: "perret", firstName: "Nicolas", lastName: "Perret", phone: "06 66 79 80 91" },
  ],
  horizon: [
    { key: "chevalier", firstName: "Laure", lastName: "Chevalier", phone: "06 77 80 91 02" },
    { key: "marchand", firstName: "Vincent", lastName: "Marchand", phone: "06 88 91 02 13" },
  ],
};

interface LocationSpec {
  key: string;
  name: string;
  centre?: "lyon" | "nantes";
  address?: string;
  postalCode?: string;
  city?: string;
  isRemote?: boolean;
}

const LOCATIONS: Record<DemoOrganizationSlug, LocationSpec[]> = {
  formapro: [
    { key: "paris", name: "Formapro — siège, Paris 9e", address: "18 rue de la Victoire", postalCode: "75009", city: "Paris" },
    { key: "lyon", name: "Formapro Lyon — Part-Dieu", centre: "lyon", address: "129 rue Servient", postalCode: "69003", city: "Lyon" },
    {
      key: "nantes",
      name: "Formapro Nantes — Île de Nantes",
      centre: "nantes",
      address: "5 boulevard Vincent Gâche",
      postalCode: "44200",
      city: "Nantes",
    },
    {
      key: "boulangerie",
      name: "Martin Boulangerie — fournil (dans les locaux du client)",
      centre: "lyon",
      address: "45 rue de la République",
      postalCode: "69002",
      city: "Lyon",
    },
    {
      key: "riviere",
      name: "Transports Rivière — salle de réunion (dans les locaux du client)",
      centre: "nantes",
      address: "3 rue des Entrepreneurs",
      postalCode: "44800",
      city: "Saint-Herblain",
    },
    { key: "remote", name: "Classe virtuelle (Microsoft Teams)", isRemote: true },
  ],
  horizon: [
    {
      key: "bordeaux",
      name: "Académie Horizon — Bordeaux Chartrons",
      address: "27 cours du Chapeau-Rouge",
      postalCode: "33000",
      city: "Bordeaux",
    },
    { key: "remote", name: "Classe virtuelle (Zoom)", isRemote: true },
  ],
};

/** Company-specific prices (tarifs entreprise): [tenant, company key, module code, price in cents excl. VAT]. */
const COMPANY_PRICES: [DemoOrganizationSlug, string, string, number][] = [
  ["formapro", "martin-boulangerie-lyon", "HACCP", 35_000],
  ["formapro", "martin-patisserie-nantes", "HACCP", 35_000],
  ["formapro", "groupe-martin", "MGT-FOND", 99_000],
  ["formapro", "transports-riviere", "SST-I", 22_000],
  ["formapro", "clinique-saint-roch", "SST-I", 23_000],
  ["horizon", "hotel-bellevue", "ACC-HOT", 42_000],
];

export type DemoCatalogues = Record<DemoOrganizationSlug, DemoCatalogue>;

/** Modules, trainers, locations (one remote per organisation) and a few company prices. */
export function buildCatalogue(ctx: SeedContext, tenants: DemoTenants, companies: DemoCompanies): DemoCatalogues {
  const { rows, now } = ctx;
  const since = addDays(now, -3 * 365);
  const catalogues = {} as DemoCatalogues;

  for (const tenant of Object.values(tenants)) {
    const catalogue: DemoCatalogue = { modules: {}, trainers: {}, locations: {} };
    catalogues[tenant.slug] = catalogue;

    for (const spec of MODULES[tenant.slug]) {
      const id = seedId("module", `${tenant.slug}/${spec.code}`);
      catalogue.modules[spec.code] = {
        id,
        code: spec.code,
        title: spec.title,
        durationHours: spec.durationHours,
        defaultPriceCents: spec.defaultPriceCents,
      };
      rows.modules.push({
        id,
        organizationId: tenant.id,
        code: spec.code,
        title: spec.title,
        category: spec.category,
        summary: spec.summary,
        objectives: spec.objectives.map((line) => `- ${line}`).join("\n"),
        prerequisites: spec.prerequisites,
        programme: spec.programme.map((line, index) => `${index + 1}. ${line}`).join("\n"),
        durationHours: spec.durationHours,
        defaultPriceCents: spec.defaultPriceCents,
        published: spec.published ?? true,
        createdAt: since,
        updatedAt: since,
      });
    }

    for (const spec of TRAINERS[tenant.slug]) {
      const id = seedId("trainer", `${tenant.slug}/${spec.key}`);
      catalogue.trainers[spec.key] = { id, name: `${spec.firstName} ${spec.lastName}` };
      rows.trainers.push({
        id,
        organizationId: tenant.id,
        firstName: spec.firstName,
        lastName: spec.lastName,
        email: `${spec.firstName[0]!.toLowerCase()}.${spec.lastName.toLowerCase()}@formateurs-${tenant.slug}.test`,
        phone: spec.phone,
        createdAt: since,
      });
    }

    for (const spec of LOCATIONS[tenant.slug]) {
      const id = seedId("location", `${tenant.slug}/${spec.key}`);
      const centreId = spec.centre ? tenant.centres[spec.centre]!.id : null;
      catalogue.locations[spec.key] = { id, name: spec.name, city: spec.city ?? null, isRemote: spec.isRemote ?? false, centreId };
      rows.locations.push({
        id,
        organizationId: tenant.id,
        centreId,
        name: spec.name,
        address: spec.address ?? null,
        postalCode: spec.postalCode ?? null,
        city: spec.city ?? null,
        isRemote: spec.isRemote ?? false,
        createdAt: since,
      });
    }
  }

  for (const [tenant, companyKey, moduleCode, priceCents] of COMPANY_PRICES) {
    const company = companies[companyKey]!;
    rows.companyPrices.push({
      id: seedId("company-price", `${company.id}/${moduleCode}`),
      organizationId: tenants[tenant].id,
      companyId: company.id,
      moduleId: catalogues[tenant].modules[moduleCode]!.id,
      priceCents,
      createdAt: addDays(now, -300),
    });
  }
  return catalogues;
}
