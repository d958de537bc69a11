import type { Site } from "./site";

/**
 * Whether `site` is the extranet of a company attached to `centreId`: in multi-extranet mode the hosts of
 * that centre (the organisation's own hosts for a company without a centre), otherwise the organisation's
 * own hosts. Invitations, logins and every contact request go through it, so a contact of one centre
 * never uses another centre's extranet.
 */
export function isCompanyExtranetSite({
  site,
  companyCentreId,
  multiExtranet,
}: {
  site: Site;
  companyCentreId: string | null;
  multiExtranet: boolean;
}): boolean {
  return (site.centre?.id ?? null) === (multiExtranet ? companyCentreId : null);
}
