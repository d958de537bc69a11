import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "../db";
import { cachedForOrganization } from "../cache/organization-data-cache";
import { requireContact, requireContactAnyPath, type ContactContext } from "../auth/require-contact";
import { getSessionIdentity } from "../auth/get-session-identity";
import { roleOpens } from "../tenancy/contact-permissions";
import { getCurrentSite } from "../tenancy/get-current-site";
import type { Site } from "../tenancy/site";
import { CATALOGUE_FRESHNESS_SECONDS } from "./list-catalogue";

export interface CatalogueViewer {
  site: Site;
  organizationId: string;
  /**
   * The logged-in contact of this host, or null for a visitor (and for staff, and a contact whose role does
   * not order training, who see the public view).
   */
  contact: ContactContext | null;
  isStaff: boolean;
}

function isRedirect(error: unknown): boolean {
  return String((error as { digest?: string })?.digest ?? "").startsWith("NEXT_REDIRECT");
}

/** Who browses the catalogue of this host. The catalogue switched off by the organisation is not found. */
export const getCatalogueViewer = cache(async (): Promise<CatalogueViewer> => {
  const site = await getCurrentSite();
  const organization = await cachedForOrganization(site.organization.id, "catalogueEnabled", CATALOGUE_FRESHNESS_SECONDS * 1000, () =>
    db.organization.findUnique({ where: { id: site.organization.id }, select: { catalogueEnabled: true } }),
  );
  if (!organization?.catalogueEnabled) notFound();
  const identity = await getSessionIdentity(site);
  let contact: ContactContext | null = null;
  if (identity?.kind === "CONTACT") {
    try {
      const signedIn = await requireContactAnyPath();
      contact = roleOpens(signedIn.role, "catalogue") ? signedIn : null;
    } catch (error) {
      // An access cut since the session began: the visitor sees the public catalogue.
      if (!isRedirect(error)) throw error;
    }
  }
  return { site, organizationId: site.organization.id, contact, isStaff: identity?.kind === "STAFF" };
});

/** The catalogue for a logged-in contact of this host (the cart, orders and requests): else to the login page. */
export async function requireCatalogueContact(): Promise<ContactContext> {
  await getCatalogueViewer();
  return requireContact();
}
