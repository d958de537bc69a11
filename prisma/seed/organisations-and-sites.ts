import { sealTotpSecret } from "../../lib/auth/two-factor/totp-credential";
import { addDays } from "./calendar";
import {
  DEMO_CENTRES,
  DEMO_DOMAINS,
  DEMO_LOGINS,
  DEMO_ORGANIZATIONS,
  DEMO_TOTP_SECRET,
  type DemoLogin,
  type DemoOrganizationSlug,
} from "./demo-accounts";
import { siren, siret, vatNumber } from "./french-identity";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";

export interface DemoTenant {
  id: string;
  slug: DemoOrganizationSlug;
  legalName: string;
  siret: string;
  nda: string;
  address: string;
  postalCode: string;
  city: string;
  primaryColor: string;
  vatExempt: boolean;
  centres: Record<string, DemoCentre>;
  adminUserId: string;
  managerUserId: string;
}

export interface DemoCentre {
  id: string;
  legalName: string;
  primaryColor: string;
  address: string;
  postalCode: string;
  city: string;
}

export type DemoTenants = Record<DemoOrganizationSlug, DemoTenant>;

export function userId(organizationSlug: string, email: string): string {
  return seedId("user", `${organizationSlug}/${email}`);
}

/** Organisations, their sub-centres and domains, and two staff accounts per organisation. */
export function buildOrganisationsAndSites(ctx: SeedContext): DemoTenants {
  const { rows, now } = ctx;
  const since = addDays(now, -4 * 365);

  const formaproSiren = siren("81234567");
  const horizonSiren = siren("79876543");
  const formapro: DemoTenant = {
    id: DEMO_ORGANIZATIONS.formapro.id,
    slug: "formapro",
    legalName: "Formapro Conseil",
    siret: siret(formaproSiren, "0001"),
    nda: "11755432175",
    address: "18 rue de la Victoire",
    postalCode: "75009",
    city: "Paris",
    primaryColor: "#0f766e",
    vatExempt: false,
    centres: {
      lyon: {
        id: DEMO_CENTRES.lyon.id,
        legalName: DEMO_CENTRES.lyon.name,
        primaryColor: "#b45309",
        address: "129 rue Servient",
        postalCode: "69003",
        city: "Lyon",
      },
      nantes: {
        id: DEMO_CENTRES.nantes.id,
        legalName: DEMO_CENTRES.nantes.name,
        primaryColor: "#1d4ed8",
        address: "5 boulevard Vincent Gâche",
        postalCode: "44200",
        city: "Nantes",
      },
    },
    adminUserId: userId("formapro", DEMO_LOGINS.formaproAdmin.email),
    managerUserId: userId("formapro", DEMO_LOGINS.formaproManager.email),
  };
  const horizon: DemoTenant = {
    id: DEMO_ORGANIZATIONS.horizon.id,
    slug: "horizon",
    legalName: "Académie Horizon",
    siret: siret(horizonSiren, "0001"),
    nda: "75331876533",
    address: "27 cours du Chapeau-Rouge",
    postalCode: "33000",
    city: "Bordeaux",
    primaryColor: "#7c3aed",
    vatExempt: true,
    centres: {},
    adminUserId: userId("horizon", DEMO_LOGINS.horizonAdmin.email),
    managerUserId: userId("horizon", DEMO_LOGINS.horizonManager.email),
  };

  rows.organizations.push(
    {
      id: formapro.id,
      slug: formapro.slug,
      legalName: "Formapro Conseil SAS",
      shortName: formapro.legalName,
      siret: formapro.siret,
      nda: formapro.nda,
      vatNumber: vatNumber(formaproSiren),
      vatExempt: false,
      address: formapro.address,
      postalCode: formapro.postalCode,
      city: formapro.city,
      email: "contact@formapro-conseil.test",
      phone: "01 42 46 58 90",
      logoUrl: "/demo/logos/formapro.svg",
      primaryColor: formapro.primaryColor,
      extranetEnabled: true,
      inviteCheckedByDefault: true,
      multiExtranet: true,
      catalogueEnabled: true,
      autoConfirmEnrolments: false,
      createdAt: since,
      updatedAt: since,
    },
    {
      id: horizon.id,
      slug: horizon.slug,
      legalName: "Académie Horizon SARL",
      shortName: horizon.legalName,
      siret: horizon.siret,
      nda: horizon.nda,
      // Exempt for its training, yet VAT-registered: an exempt e-invoice must name the seller's VAT number (EN 16931 BR-E-02).
      vatNumber: vatNumber(horizonSiren),
      vatExempt: true,
      address: horizon.address,
      postalCode: horizon.postalCode,
      city: horizon.city,
      email: "bonjour@academie-horizon.test",
      phone: "05 56 44 12 30",
      logoUrl: "/demo/logos/horizon.svg",
      primaryColor: horizon.primaryColor,
      extranetEnabled: true,
      inviteCheckedByDefault: false,
      multiExtranet: false,
      catalogueEnabled: true,
      autoConfirmEnrolments: true,
      createdAt: since,
      updatedAt: since,
    },
  );

  rows.centres.push(
    {
      id: formapro.centres.lyon!.id,
      organizationId: formapro.id,
      slug: DEMO_CENTRES.lyon.slug,
      legalName: DEMO_CENTRES.lyon.name,
      siret: siret(formaproSiren, "0002"),
      nda: "84691234569",
      address: formapro.centres.lyon!.address,
      postalCode: formapro.centres.lyon!.postalCode,
      city: formapro.centres.lyon!.city,
      logoUrl: "/demo/logos/lyon.svg",
      primaryColor: formapro.centres.lyon!.primaryColor,
      createdAt: since,
      updatedAt: since,
    },
    {
      id: formapro.centres.nantes!.id,
      organizationId: formapro.id,
      slug: DEMO_CENTRES.nantes.slug,
      legalName: DEMO_CENTRES.nantes.name,
      siret: siret(formaproSiren, "0003"),
      nda: "52440987644",
      address: formapro.centres.nantes!.address,
      postalCode: formapro.centres.nantes!.postalCode,
      city: formapro.centres.nantes!.city,
      logoUrl: "/demo/logos/nantes.svg",
      primaryColor: formapro.centres.nantes!.primaryColor,
      createdAt: since,
      updatedAt: since,
    },
  );

  const tenants: DemoTenants = { formapro, horizon };
  for (const domain of DEMO_DOMAINS) {
    rows.domains.push({
      id: seedId("domain", domain.hostname),
      hostname: domain.hostname,
      organizationId: tenants[domain.organizationSlug].id,
      centreId: domain.centreSlug ? DEMO_CENTRES[domain.centreSlug].id : null,
      isPrimary: domain.isPrimary,
      // The demo's hosts are its own: verified from the start.
      verifiedAt: since,
      createdAt: since,
    });
  }

  const staffLogins: DemoLogin[] = [
    DEMO_LOGINS.formaproAdmin,
    DEMO_LOGINS.formaproManager,
    DEMO_LOGINS.horizonAdmin,
    DEMO_LOGINS.horizonManager,
  ];
  for (const login of staffLogins) {
    rows.users.push({
      id: userId(login.organizationSlug, login.email),
      organizationId: tenants[login.organizationSlug].id,
      kind: "STAFF",
      staffRole: login.staffRole,
      email: login.email,
      passwordHash: ctx.passwordHash,
      firstName: login.firstName,
      lastName: login.lastName,
      lastLoginAt: addDays(now, -1),
      createdAt: since,
      updatedAt: since,
    });
    // Administrators must have a second factor: the demo's share one known secret (README, demo-accounts.ts).
    if (login.staffRole === "ADMIN")
      rows.totpCredentials.push({
        userId: userId(login.organizationSlug, login.email),
        organizationId: tenants[login.organizationSlug].id,
        secretSealed: sealTotpSecret(DEMO_TOTP_SECRET),
        createdAt: since,
      });
  }
  return tenants;
}
