import { addDays, addMinutes } from "./calendar";
import {
  DEMO_CENTRES,
  DEMO_COMPANIES,
  DEMO_INVITATION,
  DEMO_LOGINS,
  DEMO_REVOKED_LOGIN,
  type DemoLogin,
  type DemoOrganizationSlug,
} from "./demo-accounts";
import { emailLocalPart, FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, siren, siret } from "./french-identity";
import type { DemoTenants } from "./organisations-and-sites";
import { userId } from "./organisations-and-sites";
import { createRandom } from "./random";
import type { SeedContext } from "./seed-context";
import { seedId, sha256Hex } from "./seed-ids";

type Civility = "MR" | "MRS";

export interface DemoPerson {
  id: string;
  civility: Civility;
  firstName: string;
  lastName: string;
  email: string | null;
  jobTitle: string;
}

export interface DemoContact extends DemoPerson {
  /** The contact's login, when it has (or had) an extranet access. */
  userId: string | null;
}

export interface DemoCompany {
  key: string;
  id: string;
  tenant: DemoOrganizationSlug;
  organizationId: string;
  centreId: string | null;
  name: string;
  isIndividual: boolean;
  address: string;
  postalCode: string;
  city: string;
  contacts: DemoContact[];
  participants: DemoPerson[];
}

export type DemoCompanies = Record<string, DemoCompany>;

type AccessPlan = { status: "ACTIVE"; login: DemoLogin } | { status: "REVOKED"; login: DemoLogin } | { status: "INVITED" } | null;

interface ContactSpec {
  civility: Civility;
  firstName: string;
  lastName: string;
  jobTitle: string;
  phone: string;
  access?: AccessPlan;
}

interface CompanySpec {
  tenant: DemoOrganizationSlug;
  key: string;
  name: string;
  centre: keyof typeof DEMO_CENTRES | null;
  parent: string | null;
  isIndividual?: boolean;
  sirenStem: string | null;
  address: string;
  postalCode: string;
  city: string;
  emailDomain: string;
  phone: string;
  clientForDays: number;
  participantCount: number;
  jobTitles: readonly string[];
  contacts: ContactSpec[];
}

const BAKERY_JOBS = [
  "Boulanger",
  "Boulangère",
  "Vendeuse",
  "Vendeur",
  "Apprenti boulanger",
  "Responsable de boutique",
  "Tourier",
  "Pâtissière",
  "Chef de laboratoire",
  "Livreur",
];
const PASTRY_JOBS = [
  "Pâtissier",
  "Pâtissière",
  "Chocolatier",
  "Vendeuse",
  "Responsable de boutique",
  "Commis de pâtisserie",
  "Apprentie pâtissière",
  "Responsable qualité",
];
const TRANSPORT_JOBS = [
  "Conducteur poids lourd",
  "Conductrice poids lourd",
  "Cariste",
  "Préparateur de commandes",
  "Chef de quai",
  "Exploitant transport",
  "Mécanicien",
  "Agent d'exploitation",
  "Assistante d'exploitation",
  "Responsable d'entrepôt",
];
const CLINIC_JOBS = [
  "Infirmière",
  "Infirmier",
  "Aide-soignante",
  "Aide-soignant",
  "Cadre de santé",
  "Secrétaire médicale",
  "Agent de service hospitalier",
  "Brancardier",
  "Kinésithérapeute",
  "Manipulatrice radio",
];
const OFFICE_JOBS = [
  "Assistante de direction",
  "Comptable",
  "Chargé de clientèle",
  "Juriste",
  "Collaboratrice",
  "Office manager",
  "Gestionnaire de paie",
];
const WORKSHOP_JOBS = ["Menuisier", "Ébéniste", "Apprenti menuisier", "Poseur", "Conducteur de machines"];
const MANAGER_JOBS = [
  "Directrice des opérations",
  "Responsable des achats",
  "Contrôleur de gestion",
  "Responsable qualité groupe",
  "Directeur commercial",
  "Chargée de communication",
];
const PHARMACY_JOBS = [
  "Pharmacien adjoint",
  "Pharmacienne adjointe",
  "Préparatrice en pharmacie",
  "Préparateur en pharmacie",
  "Rayonniste",
  "Apprentie préparatrice",
];
const HOTEL_JOBS = [
  "Réceptionniste",
  "Gouvernante",
  "Femme de chambre",
  "Valet de chambre",
  "Concierge",
  "Night auditor",
  "Chef de réception",
  "Serveur",
  "Barman",
  "Commis de cuisine",
];

const COMPANY_SPECS: CompanySpec[] = [
  {
    tenant: "formapro",
    key: DEMO_COMPANIES.groupeMartin.key,
    name: DEMO_COMPANIES.groupeMartin.name,
    centre: null,
    parent: null,
    sirenStem: "42315678",
    address: "12 avenue Jean Jaurès",
    postalCode: "69007",
    city: "Lyon",
    emailDomain: "groupe-martin.test",
    phone: "04 78 61 20 40",
    clientForDays: 1300,
    participantCount: 8,
    jobTitles: MANAGER_JOBS,
    contacts: [
      {
        civility: "MRS",
        firstName: "Claire",
        lastName: "Martin",
        jobTitle: "Directrice des ressources humaines",
        phone: "04 78 61 20 41",
        access: { status: "ACTIVE", login: DEMO_LOGINS.groupeMartinContact },
      },
      { civility: "MR", firstName: "Paul", lastName: "Martin", jobTitle: "Président", phone: "04 78 61 20 42" },
      {
        civility: "MR",
        firstName: DEMO_LOGINS.groupeMartinFinance.firstName,
        lastName: DEMO_LOGINS.groupeMartinFinance.lastName,
        jobTitle: "Comptable",
        phone: "04 78 61 20 43",
        access: { status: "ACTIVE", login: DEMO_LOGINS.groupeMartinFinance },
      },
      {
        civility: "MRS",
        firstName: DEMO_LOGINS.groupeMartinManager.firstName,
        lastName: DEMO_LOGINS.groupeMartinManager.lastName,
        jobTitle: "Responsable d’équipe",
        phone: "04 78 61 20 44",
        access: { status: "ACTIVE", login: DEMO_LOGINS.groupeMartinManager },
      },
    ],
  },
  {
    tenant: "formapro",
    key: DEMO_COMPANIES.martinBoulangerieLyon.key,
    name: DEMO_COMPANIES.martinBoulangerieLyon.name,
    centre: "lyon",
    parent: DEMO_COMPANIES.groupeMartin.key,
    sirenStem: "42315679",
    address: "45 rue de la République",
    postalCode: "69002",
    city: "Lyon",
    emailDomain: "martin-boulangerie.test",
    phone: "04 78 37 15 02",
    clientForDays: 1200,
    participantCount: 30,
    jobTitles: BAKERY_JOBS,
    contacts: [
      {
        civility: "MRS",
        firstName: DEMO_INVITATION.firstName,
        lastName: DEMO_INVITATION.lastName,
        jobTitle: "Responsable de boutique",
        phone: "06 12 45 78 90",
        access: { status: "INVITED" },
      },
      { civility: "MR", firstName: "Kévin", lastName: "Roux", jobTitle: "Chef boulanger", phone: "06 23 56 89 01" },
    ],
  },
  {
    tenant: "formapro",
    key: DEMO_COMPANIES.martinPatisserieNantes.key,
    name: DEMO_COMPANIES.martinPatisserieNantes.name,
    centre: "nantes",
    parent: DEMO_COMPANIES.groupeMartin.key,
    sirenStem: "42315680",
    address: "8 rue Crébillon",
    postalCode: "44000",
    city: "Nantes",
    emailDomain: "martin-patisserie.test",
    phone: "02 40 48 22 10",
    clientForDays: 900,
    participantCount: 24,
    jobTitles: PASTRY_JOBS,
    contacts: [
      {
        civility: "MR",
        firstName: DEMO_REVOKED_LOGIN.firstName,
        lastName: DEMO_REVOKED_LOGIN.lastName,
        jobTitle: "Ancien gérant",
        phone: "06 34 67 90 12",
        access: { status: "REVOKED", login: DEMO_REVOKED_LOGIN },
      },
      { civility: "MRS", firstName: "Manon", lastName: "Lefort", jobTitle: "Gérante", phone: "06 45 78 01 23" },
    ],
  },
  {
    tenant: "formapro",
    key: DEMO_COMPANIES.transportsRiviere.key,
    name: DEMO_COMPANIES.transportsRiviere.name,
    centre: "nantes",
    parent: null,
    sirenStem: "51298734",
    address: "3 rue des Entrepreneurs, ZI de la Lande",
    postalCode: "44800",
    city: "Saint-Herblain",
    emailDomain: "transports-riviere.test",
    phone: "02 40 92 33 70",
    clientForDays: 1100,
    participantCount: 32,
    jobTitles: TRANSPORT_JOBS,
    contacts: [
      {
        civility: "MRS",
        firstName: "Isabelle",
        lastName: "Rivière",
        jobTitle: "Responsable formation",
        phone: "02 40 92 33 71",
        access: { status: "ACTIVE", login: DEMO_LOGINS.transportsRiviereContact },
      },
      { civility: "MR", firstName: "Marc", lastName: "Rivière", jobTitle: "Directeur général", phone: "02 40 92 33 72" },
      { civility: "MRS", firstName: "Sandrine", lastName: "Colin", jobTitle: "Comptable", phone: "02 40 92 33 75" },
    ],
  },
  {
    tenant: "formapro",
    key: DEMO_COMPANIES.cliniqueSaintRoch.key,
    name: DEMO_COMPANIES.cliniqueSaintRoch.name,
    centre: "lyon",
    parent: null,
    sirenStem: "33478125",
    address: "20 boulevard des Belges",
    postalCode: "69006",
    city: "Lyon",
    emailDomain: "clinique-saint-roch.test",
    phone: "04 72 83 40 00",
    clientForDays: 700,
    participantCount: 26,
    jobTitles: CLINIC_JOBS,
    contacts: [
      { civility: "MRS", firstName: "Hélène", lastName: "Vasseur", jobTitle: "Directrice des soins", phone: "04 72 83 40 12" },
      {
        civility: "MR",
        firstName: "Antoine",
        lastName: "Mercier",
        jobTitle: "Responsable des ressources humaines",
        phone: "04 72 83 40 15",
      },
    ],
  },
  {
    tenant: "formapro",
    key: "atelier-dumas",
    name: "Atelier Dumas Menuiserie",
    centre: null,
    parent: null,
    sirenStem: "88123409",
    address: "5 impasse des Artisans",
    postalCode: "75011",
    city: "Paris",
    emailDomain: "atelier-dumas.test",
    phone: "01 43 55 27 80",
    clientForDays: 400,
    participantCount: 6,
    jobTitles: WORKSHOP_JOBS,
    contacts: [{ civility: "MR", firstName: "Bernard", lastName: "Dumas", jobTitle: "Gérant", phone: "06 61 22 33 44" }],
  },
  {
    tenant: "formapro",
    key: "cabinet-lefevre",
    name: "Cabinet Lefèvre Avocats",
    centre: null,
    parent: null,
    sirenStem: "49812376",
    address: "9 place de la Bourse",
    postalCode: "75002",
    city: "Paris",
    emailDomain: "cabinet-lefevre.test",
    phone: "01 40 20 51 60",
    clientForDays: 500,
    participantCount: 5,
    jobTitles: OFFICE_JOBS,
    contacts: [{ civility: "MRS", firstName: "Anne", lastName: "Lefèvre", jobTitle: "Avocate associée", phone: "01 40 20 51 61" }],
  },
  {
    tenant: "formapro",
    key: DEMO_COMPANIES.julienMoreau.key,
    name: DEMO_COMPANIES.julienMoreau.name,
    centre: "lyon",
    parent: null,
    isIndividual: true,
    sirenStem: null,
    address: "17 rue des Lilas",
    postalCode: "69100",
    city: "Villeurbanne",
    emailDomain: "exemple-particulier.test",
    phone: "06 78 90 12 34",
    clientForDays: 60,
    participantCount: 0,
    jobTitles: [],
    contacts: [{ civility: "MR", firstName: "Julien", lastName: "Moreau", jobTitle: "Particulier", phone: "06 78 90 12 34" }],
  },
  {
    tenant: "horizon",
    key: DEMO_COMPANIES.pharmacieDuParc.key,
    name: DEMO_COMPANIES.pharmacieDuParc.name,
    centre: null,
    parent: null,
    sirenStem: "80145672",
    address: "2 cours de l'Intendance",
    postalCode: "33000",
    city: "Bordeaux",
    emailDomain: "pharmacie-du-parc.test",
    phone: "05 56 81 40 22",
    clientForDays: 1000,
    participantCount: 12,
    jobTitles: PHARMACY_JOBS,
    contacts: [
      {
        civility: "MRS",
        firstName: "Élodie",
        lastName: "Fabre",
        jobTitle: "Pharmacienne titulaire",
        phone: "05 56 81 40 23",
        access: { status: "ACTIVE", login: DEMO_LOGINS.pharmacieDuParcContact },
      },
      { civility: "MR", firstName: "Hugo", lastName: "Blanc", jobTitle: "Préparateur en pharmacie", phone: "05 56 81 40 24" },
    ],
  },
  {
    tenant: "horizon",
    key: DEMO_COMPANIES.hotelBellevue.key,
    name: DEMO_COMPANIES.hotelBellevue.name,
    centre: null,
    parent: null,
    sirenStem: "39567812",
    address: "14 quai des Chartrons",
    postalCode: "33000",
    city: "Bordeaux",
    emailDomain: "hotel-bellevue.test",
    phone: "05 57 10 88 00",
    clientForDays: 800,
    participantCount: 20,
    jobTitles: HOTEL_JOBS,
    contacts: [{ civility: "MRS", firstName: "Caroline", lastName: "Dubois", jobTitle: "Directrice", phone: "05 57 10 88 01" }],
  },
  {
    tenant: "horizon",
    key: "sophie-lambert",
    name: "Sophie Lambert",
    centre: null,
    parent: null,
    isIndividual: true,
    sirenStem: null,
    address: "31 avenue de la Somme",
    postalCode: "33700",
    city: "Mérignac",
    emailDomain: "exemple-particulier.test",
    phone: "06 98 76 54 32",
    clientForDays: 90,
    participantCount: 0,
    jobTitles: [],
    contacts: [{ civility: "MRS", firstName: "Sophie", lastName: "Lambert", jobTitle: "Particulier", phone: "06 98 76 54 32" }],
  },
];

/**
 * Client companies (a parent with two subsidiaries, companies of each centre and of none, individuals),
 * their contacts with active, invited, revoked or no extranet access, and their employees (participants).
 */
export function buildCrm(ctx: SeedContext, tenants: DemoTenants): DemoCompanies {
  const { rows, now } = ctx;
  const random = createRandom("crm");
  const companies: DemoCompanies = {};

  for (const spec of COMPANY_SPECS) {
    const tenant = tenants[spec.tenant];
    const clientSince = addDays(now, -spec.clientForDays);
    const company: DemoCompany = {
      key: spec.key,
      id: seedId("company", `${spec.tenant}/${spec.key}`),
      tenant: spec.tenant,
      organizationId: tenant.id,
      centreId: spec.centre ? DEMO_CENTRES[spec.centre].id : null,
      name: spec.name,
      isIndividual: spec.isIndividual ?? false,
      address: spec.address,
      postalCode: spec.postalCode,
      city: spec.city,
      contacts: [],
      participants: [],
    };
    companies[spec.key] = company;
    rows.companies.push({
      id: company.id,
      organizationId: company.organizationId,
      centreId: company.centreId,
      parentId: spec.parent ? companies[spec.parent]!.id : null,
      name: spec.name,
      isIndividual: company.isIndividual,
      siret: spec.sirenStem ? siret(siren(spec.sirenStem), "0001") : null,
      address: spec.address,
      postalCode: spec.postalCode,
      city: spec.city,
      email: spec.isIndividual
        ? `${emailLocalPart(spec.contacts[0]!.firstName, spec.contacts[0]!.lastName)}@${spec.emailDomain}`
        : `contact@${spec.emailDomain}`,
      phone: spec.phone,
      createdAt: clientSince,
      updatedAt: clientSince,
    });

    for (const contactSpec of spec.contacts) {
      addContact(ctx, tenants, company, spec, contactSpec, clientSince);
    }

    if (company.isIndividual) {
      // A particulier trains as themself.
      const self = spec.contacts[0]!;
      addParticipant(
        ctx,
        company,
        { civility: self.civility, firstName: self.firstName, lastName: self.lastName, email: company.contacts[0]!.email, jobTitle: "" },
        clientSince,
      );
    } else {
      const used = new Set<string>();
      while (company.participants.length < spec.participantCount) {
        const civility: Civility = random.chance(0.5) ? "MRS" : "MR";
        const firstName = random.pick(civility === "MRS" ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
        const lastName = random.pick(LAST_NAMES);
        if (used.has(`${firstName} ${lastName}`)) continue;
        used.add(`${firstName} ${lastName}`);
        const email = random.chance(0.8) ? `${emailLocalPart(firstName, lastName)}@${spec.emailDomain}` : null;
        const hired = addDays(clientSince, random.int(0, spec.clientForDays - 30));
        addParticipant(ctx, company, { civility, firstName, lastName, email, jobTitle: random.pick(spec.jobTitles) }, hired);
      }
    }
  }
  return companies;
}

/** The id of a contact's extranet access. */
export function accessIdOf(contactId: string): string {
  return seedId("access", contactId);
}

function addParticipant(ctx: SeedContext, company: DemoCompany, person: Omit<DemoPerson, "id">, createdAt: Date) {
  const participant: DemoPerson = { id: seedId("participant", `${company.id}/${person.firstName} ${person.lastName}`), ...person };
  company.participants.push(participant);
  ctx.rows.participants.push({
    id: participant.id,
    organizationId: company.organizationId,
    companyId: company.id,
    civility: person.civility,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    jobTitle: person.jobTitle || null,
    createdAt,
    updatedAt: createdAt,
  });
}

function addContact(
  ctx: SeedContext,
  tenants: DemoTenants,
  company: DemoCompany,
  spec: CompanySpec,
  contactSpec: ContactSpec,
  clientSince: Date,
) {
  const { rows, now } = ctx;
  const access = contactSpec.access ?? null;
  const login = access && "login" in access ? access.login : null;
  const contact: DemoContact = {
    id: seedId("contact", `${company.id}/${contactSpec.firstName} ${contactSpec.lastName}`),
    civility: contactSpec.civility,
    firstName: contactSpec.firstName,
    lastName: contactSpec.lastName,
    email:
      login?.email ??
      (access?.status === "INVITED"
        ? DEMO_INVITATION.email
        : `${emailLocalPart(contactSpec.firstName, contactSpec.lastName)}@${spec.emailDomain}`),
    jobTitle: contactSpec.jobTitle,
    userId: login ? userId(spec.tenant, login.email) : null,
  };
  company.contacts.push(contact);
  rows.contacts.push({
    id: contact.id,
    organizationId: company.organizationId,
    companyId: company.id,
    civility: contact.civility,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contactSpec.phone,
    jobTitle: contact.jobTitle,
    createdAt: clientSince,
    updatedAt: clientSince,
  });
  if (!access) return;

  const accessId = accessIdOf(contact.id);
  const grantedAt = addDays(now, -200);
  if (access.status === "INVITED") {
    const invitedAt = addDays(now, -2);
    rows.accesses.push({
      id: accessId,
      organizationId: company.organizationId,
      companyId: company.id,
      contactId: contact.id,
      userId: null,
      status: "INVITED",
      createdAt: invitedAt,
      updatedAt: invitedAt,
    });
    rows.invitations.push({
      id: seedId("invitation", accessId),
      organizationId: company.organizationId,
      accessId,
      contactId: contact.id,
      email: DEMO_INVITATION.email,
      tokenHash: sha256Hex(DEMO_INVITATION.token),
      expiresAt: addDays(invitedAt, 7),
      createdById: tenants[spec.tenant].adminUserId,
      createdAt: invitedAt,
    });
    return;
  }

  const revoked = access.status === "REVOKED";
  const revokedAt = addDays(now, -20);
  rows.users.push({
    id: contact.userId!,
    organizationId: company.organizationId,
    kind: "CONTACT",
    email: access.login.email,
    passwordHash: ctx.passwordHash,
    firstName: contact.firstName,
    lastName: contact.lastName,
    lastLoginAt: revoked ? addDays(now, -45) : addDays(now, -2),
    createdAt: addMinutes(grantedAt, 90),
    updatedAt: revoked ? revokedAt : addDays(now, -2),
  });
  rows.accesses.push({
    id: accessId,
    organizationId: company.organizationId,
    companyId: company.id,
    contactId: contact.id,
    userId: contact.userId,
    status: access.status,
    role: access.login.contactRole ?? "ADMIN",
    activatedAt: addMinutes(grantedAt, 90),
    revokedAt: revoked ? revokedAt : null,
    createdAt: grantedAt,
    updatedAt: revoked ? revokedAt : addMinutes(grantedAt, 90),
  });
  // The invitation this access was opened with, used long ago.
  rows.invitations.push({
    id: seedId("invitation", accessId),
    organizationId: company.organizationId,
    accessId,
    contactId: contact.id,
    email: access.login.email,
    tokenHash: sha256Hex(`used-invitation:${accessId}`),
    expiresAt: addDays(grantedAt, 7),
    usedAt: addMinutes(grantedAt, 90),
    createdById: tenants[spec.tenant].adminUserId,
    createdAt: grantedAt,
  });
}
