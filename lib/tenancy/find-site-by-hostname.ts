import type { Database } from "../db/create-prisma-client";
import type { Site } from "./site";

const siteSelect = {
  id: true,
  slug: true,
  legalName: true,
  shortName: true,
  logoUrl: true,
  primaryColor: true,
} as const;

const centreSelect = { id: true, slug: true, legalName: true, logoUrl: true, primaryColor: true } as const;

type OrganizationRow = { id: string; slug: string; legalName: string; shortName: string; logoUrl: string | null; primaryColor: string };
type CentreRow = { id: string; slug: string; legalName: string; logoUrl: string | null; primaryColor: string | null };

function toSite(hostname: string, organization: OrganizationRow, centre: CentreRow | null): Site {
  return {
    hostname,
    organization: {
      id: organization.id,
      slug: organization.slug,
      legalName: organization.legalName,
    },
    centre: centre && { id: centre.id, slug: centre.slug, legalName: centre.legalName },
    branding: {
      name: centre?.legalName ?? organization.shortName,
      logoUrl: centre?.logoUrl ?? organization.logoUrl,
      primaryColor: centre?.primaryColor ?? organization.primaryColor,
    },
  };
}

/**
 * A hostname is a registered Domain whose ownership is proven (an unproven one serves nothing); failing that, `<org>.localhost` and `<centre>.<org>.localhost` reach
 * an organisation or centre by slug so that development works without registering hosts.
 */
export async function findSiteByHostname({ db, hostname }: { db: Database; hostname: string }): Promise<Site | null> {
  const domain = await db.domain.findUnique({
    where: { hostname },
    select: { verifiedAt: true, organization: { select: siteSelect }, centre: { select: centreSelect } },
  });
  if (domain) return domain.verifiedAt ? toSite(hostname, domain.organization, domain.centre) : null;

  const labels = hostname.split(".");
  if (labels.at(-1) !== "localhost" || labels.length < 2 || labels.length > 3) return null;
  const [centreSlug, organizationSlug] = labels.length === 3 ? [labels[0], labels[1]] : [null, labels[0]];
  const organization = await db.organization.findUnique({
    where: { slug: organizationSlug },
    select: { ...siteSelect, centres: { where: { slug: centreSlug ?? "" }, select: centreSelect } },
  });
  if (!organization) return null;
  const centre = organization.centres[0] ?? null;
  if (centreSlug && !centre) return null;
  return toSite(hostname, organization, centre);
}
