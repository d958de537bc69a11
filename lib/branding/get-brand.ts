import type { Database, TransactionClient } from "../db/create-prisma-client";
import type { Brand } from "./brand";
import { contrastColor } from "./contrast-color";
import { publicUrl } from "./public-url";

const identity = {
  legalName: true,
  siret: true,
  nda: true,
  address: true,
  postalCode: true,
  city: true,
  logoUrl: true,
  primaryColor: true,
} as const;
const primaryDomain = { where: { isPrimary: true }, select: { hostname: true, centreId: true }, take: 5 } as const;

export interface GetBrandOptions {
  db: Database | TransactionClient;
  organizationId: string;
  /** A company attached to a sub-centre gets the centre's branding, and its address in multi-extranet mode. */
  companyId?: string | null;
}

/**
 * The branding and extranet address for mail and documents addressed to a company, or to the
 * organisation itself when no company is given. Unknown ids throw: callers pass ids they already checked.
 */
export async function getBrand({ db, organizationId, companyId }: GetBrandOptions): Promise<Brand> {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      ...identity,
      slug: true,
      shortName: true,
      vatNumber: true,
      multiExtranet: true,
      domains: { ...primaryDomain, where: { isPrimary: true, centreId: null } },
    },
  });
  const centre = companyId
    ? (
        await db.company.findFirstOrThrow({
          where: { id: companyId, organizationId },
          select: { centre: { select: { ...identity, slug: true, domains: primaryDomain } } },
        })
      ).centre
    : null;

  const organizationHost = organization.domains[0]?.hostname ?? `${organization.slug}.localhost`;
  // Multi-extranet: a centre's extranet is its primary domain, else its development host (as for the organisation).
  const centreHost =
    organization.multiExtranet && centre ? (centre.domains[0]?.hostname ?? `${centre.slug}.${organization.slug}.localhost`) : undefined;
  const baseUrl = publicUrl(centreHost ?? organizationHost, "").replace(/\/$/, "");
  const primaryColor = centre?.primaryColor ?? organization.primaryColor;
  const logo = centre?.logoUrl ?? organization.logoUrl;
  const issuer = centre ?? organization;

  return {
    name: centre?.legalName ?? organization.shortName,
    legalName: issuer.legalName,
    logoUrl: logo ? new URL(logo, `${baseUrl}/`).toString() : null,
    primaryColor,
    contrastColor: contrastColor(primaryColor),
    siret: issuer.siret ?? organization.siret,
    nda: issuer.nda ?? organization.nda,
    vatNumber: organization.vatNumber,
    addressLines: [issuer.address, [issuer.postalCode, issuer.city].filter(Boolean).join(" ")].filter((line): line is string =>
      Boolean(line),
    ),
    baseUrl,
  };
}
