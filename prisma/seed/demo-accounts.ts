/**
 * The demo's public face: hosts, logins, password and the names of the rows the tests use. The seed, the
 * tests and the README read them from here so they never drift apart.
 */
import { seedId } from "./seed-ids";

/** Every demo login (staff and contacts) uses this password. */
export const DEMO_PASSWORD = "Passerelle#2026";

export const DEMO_ORGANIZATIONS = {
  formapro: { slug: "formapro", name: "Formapro Conseil", id: seedId("organization", "formapro") },
  horizon: { slug: "horizon", name: "Académie Horizon", id: seedId("organization", "horizon") },
} as const;

export type DemoOrganizationSlug = keyof typeof DEMO_ORGANIZATIONS;

export const DEMO_CENTRES = {
  lyon: { organizationSlug: "formapro", slug: "lyon", name: "Formapro Lyon", id: seedId("centre", "formapro/lyon") },
  nantes: { organizationSlug: "formapro", slug: "nantes", name: "Formapro Nantes", id: seedId("centre", "formapro/nantes") },
} as const;

export const DEMO_HOSTS = {
  formapro: "formapro.localhost",
  formaproLyon: "lyon.formapro.localhost",
  /** A custom (white-label) domain of the Lyon centre, not its primary; add it to /etc/hosts to try it. */
  formaproLyonCustom: "formation.centre-exemple.test",
  formaproNantes: "nantes.formapro.localhost",
  horizon: "horizon.localhost",
} as const;

export interface DemoDomain {
  hostname: string;
  organizationSlug: DemoOrganizationSlug;
  centreSlug: keyof typeof DEMO_CENTRES | null;
  isPrimary: boolean;
}

export const DEMO_DOMAINS: readonly DemoDomain[] = [
  { hostname: DEMO_HOSTS.formapro, organizationSlug: "formapro", centreSlug: null, isPrimary: true },
  { hostname: DEMO_HOSTS.formaproLyon, organizationSlug: "formapro", centreSlug: "lyon", isPrimary: true },
  { hostname: DEMO_HOSTS.formaproLyonCustom, organizationSlug: "formapro", centreSlug: "lyon", isPrimary: false },
  { hostname: DEMO_HOSTS.formaproNantes, organizationSlug: "formapro", centreSlug: "nantes", isPrimary: true },
  { hostname: DEMO_HOSTS.horizon, organizationSlug: "horizon", centreSlug: null, isPrimary: true },
];

function company(organizationSlug: DemoOrganizationSlug, key: string, name: string) {
  return { organizationSlug, key, name, id: seedId("company", `${organizationSlug}/${key}`) } as const;
}

/** Client companies the tests refer to (the seed creates a few more). */
export const DEMO_COMPANIES = {
  groupeMartin: company("formapro", "groupe-martin", "Groupe Martin"),
  martinBoulangerieLyon: company("formapro", "martin-boulangerie-lyon", "Martin Boulangerie Lyon"),
  martinPatisserieNantes: company("formapro", "martin-patisserie-nantes", "Martin Pâtisserie Nantes"),
  transportsRiviere: company("formapro", "transports-riviere", "Transports Rivière"),
  cliniqueSaintRoch: company("formapro", "clinique-saint-roch", "Clinique Saint-Roch"),
  /** An individual client (particulier): never gets a company extranet. */
  julienMoreau: company("formapro", "julien-moreau", "Julien Moreau"),
  pharmacieDuParc: company("horizon", "pharmacie-du-parc", "Pharmacie du Parc"),
  hotelBellevue: company("horizon", "hotel-bellevue", "Hôtel Bellevue"),
} as const;

export type DemoCompanyKey = keyof typeof DEMO_COMPANIES;

export interface DemoLogin {
  label: string;
  email: string;
  firstName: string;
  lastName: string;
  organizationSlug: DemoOrganizationSlug;
  /** The host to sign in on (staff reach /admin there). */
  host: string;
  kind: "STAFF" | "CONTACT";
  staffRole: "ADMIN" | "MANAGER" | null;
  company: DemoCompanyKey | null;
  /** A contact's role on its access (lib/tenancy/contact-permissions.ts); unset: ADMIN. */
  contactRole?: "TRAINING" | "FINANCE" | "MANAGER";
}

function staff(
  organizationSlug: DemoOrganizationSlug,
  staffRole: "ADMIN" | "MANAGER",
  firstName: string,
  lastName: string,
  email: string,
): DemoLogin {
  const label = `${DEMO_ORGANIZATIONS[organizationSlug].name} — équipe (${staffRole})`;
  const host = organizationSlug === "formapro" ? DEMO_HOSTS.formapro : DEMO_HOSTS.horizon;
  return { label, email, firstName, lastName, organizationSlug, host, kind: "STAFF", staffRole, company: null };
}

function contact(company: DemoCompanyKey, firstName: string, lastName: string, email: string, host: string, note = ""): DemoLogin {
  const { organizationSlug, name } = DEMO_COMPANIES[company];
  return { label: `Contact ${name}${note}`, email, firstName, lastName, organizationSlug, host, kind: "CONTACT", staffRole: null, company };
}

/** The authenticator-app secret of the demo administrators (base32): add it to an app by hand to get their codes. */
export const DEMO_TOTP_SECRET = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";

/** The logins that work with DEMO_PASSWORD. */
export const DEMO_LOGINS = {
  formaproAdmin: staff("formapro", "ADMIN", "Sophie", "Durand", "sophie.durand@formapro-conseil.test"),
  formaproManager: staff("formapro", "MANAGER", "Thomas", "Leroy", "thomas.leroy@formapro-conseil.test"),
  horizonAdmin: staff("horizon", "ADMIN", "Nathalie", "Perrin", "nathalie.perrin@academie-horizon.test"),
  horizonManager: staff("horizon", "MANAGER", "Karim", "Haddad", "karim.haddad@academie-horizon.test"),
  /** On the parent company: also sees Martin Boulangerie Lyon and Martin Pâtisserie Nantes. */
  groupeMartinContact: contact(
    "groupeMartin",
    "Claire",
    "Martin",
    "claire.martin@groupe-martin.test",
    DEMO_HOSTS.formapro,
    " (maison-mère)",
  ),
  /** On a plain company of the Nantes centre. */
  transportsRiviereContact: contact(
    "transportsRiviere",
    "Isabelle",
    "Rivière",
    "isabelle.riviere@transports-riviere.test",
    DEMO_HOSTS.formaproNantes,
    " (centre de Nantes)",
  ),
  pharmacieDuParcContact: contact("pharmacieDuParc", "Élodie", "Fabre", "elodie.fabre@pharmacie-du-parc.test", DEMO_HOSTS.horizon),
  /** Groupe Martin's accountant: role FINANCE, sees only invoices and payments. */
  groupeMartinFinance: {
    ...contact("groupeMartin", "Hugo", "Bernard", "hugo.bernard@groupe-martin.test", DEMO_HOSTS.formapro, " (rôle finance)"),
    contactRole: "FINANCE",
  },
  /** A team manager of Groupe Martin: role MANAGER, follows two of its employees only. */
  groupeMartinManager: {
    ...contact("groupeMartin", "Léa", "Garnier", "lea.garnier@groupe-martin.test", DEMO_HOSTS.formapro, " (rôle manager)"),
    contactRole: "MANAGER",
  },
} as const satisfies Record<string, DemoLogin>;

/** A contact whose access was revoked: the same password must be refused. */
export const DEMO_REVOKED_LOGIN = contact(
  "martinPatisserieNantes",
  "Lucas",
  "Girard",
  "lucas.girard@martin-patisserie.test",
  DEMO_HOSTS.formaproNantes,
  " (accès révoqué)",
);

/**
 * A pending invitation (access INVITED, no account yet). The database holds only the SHA-256 (hex) of the
 * token; the token itself is public here so a test can open the invitation link.
 */
export const DEMO_INVITATION = {
  company: "martinBoulangerieLyon" as DemoCompanyKey,
  firstName: "Nadia",
  lastName: "Benali",
  email: "nadia.benali@martin-boulangerie.test",
  host: DEMO_HOSTS.formaproLyon,
  token: "cXfYULda15TmxQ6BJ-zUhBPhWUCrqHSB7dQSDdkZtMw",
};
