import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { db } from "../db";
import { isCompanyExtranetSite } from "../tenancy/company-extranet-site";
import { getCurrentSite } from "../tenancy/get-current-site";
import type { ContactRole } from "../generated/prisma/enums";
import { roleOpensPath } from "../tenancy/contact-permissions";
import { SITE_PATH_HEADER } from "../tenancy/site-headers";
import type { Site } from "../tenancy/site";
import { getSessionIdentity } from "./get-session-identity";
import { GROUP_VIEW_CHOICE } from "./group-view-choice";
import { liveSessionUserWhere, sessionLastSeenSelect } from "./live-session";
import type { SessionIdentity } from "./session-identity";
import { touchSession } from "./touch-session";
import { TWO_FACTOR_ENROLMENT_PATH } from "./two-factor/enrolment-path";

export const SELECTED_COMPANY_COOKIE = "passerelle-company";
/** Set by the staff-only route /apercu/<companyId>: a staff session then sees that company's extranet, read-only. */
export const PREVIEW_COMPANY_COOKIE = "passerelle-preview";

export interface CompanySummary {
  id: string;
  name: string;
}

export interface ContactContext {
  site: Site;
  organizationId: string;
  user: { id: string; email: string; firstName: string; lastName: string };
  contactId: string;
  /** The company whose extranet is shown: the contact's own, or one of its subsidiaries (DESIGN.md rule 2). */
  company: CompanySummary;
  /** Every company this contact may open, own first. */
  companies: CompanySummary[];
  /**
   * "Tout le groupe": the dashboard and the lists cover every company of `companies` (lib/tenancy/viewed-companies.ts);
   * `company` is then the contact's own company, which writes keep using.
   */
  groupView: boolean;
  /** The AuthSession of this request. */
  sessionId: string;
  /**
   * A staff member's read-only preview of the company's extranet (even when the extranet option is off):
   * `user` is the staff member, `contactId` is empty, and `contactAction` refuses every write.
   */
  preview?: boolean;
  /** The contact has an authenticator app. */
  twoFactorEnabled: boolean;
  /** The organisation requires contacts to have one (requireContact sends them to enrol first). */
  twoFactorRequired: boolean;
  /** What this access may open (lib/tenancy/contact-permissions.ts); a staff preview is ADMIN. */
  role: ContactRole;
  /** The contact's ExtranetAccess (empty in a staff preview): a MANAGER's participants hang on it. */
  accessId: string;
}

/**
 * The logged-in contact of this site, re-checked against the database on every request: an ended session
 * (logout, password change, access cut), a disabled account, a revoked access or another centre's
 * extranet (multi-extranet mode) sends them back to the login page at once.
 */
export const requireContact = cache(async (): Promise<ContactContext> => {
  const contact = await requireContactAnyPath();
  // A page or route handler of a section the role does not open is not found, like a foreign id.
  if (!roleOpensPath(contact.role, (await headers()).get(SITE_PATH_HEADER) ?? "")) notFound();
  return contact;
});

/**
 * requireContact whatever the request's path: for the extranet's layout (a refused page's 404 is drawn in
 * the shell), the catalogue's visitor check and server actions (which check their own section).
 */
export const requireContactAnyPath = cache(async (): Promise<ContactContext> => {
  const contact = await requireContactAccount();
  if (contact.twoFactorRequired && !contact.twoFactorEnabled) redirect(TWO_FACTOR_ENROLMENT_PATH);
  return contact;
});

/** requireContact without the organisation's second-factor rule: for the enrolment page itself. */
export const requireContactAccount = cache(async (): Promise<ContactContext> => {
  const site = await getCurrentSite();
  const identity = await getSessionIdentity(site);
  if (!identity) redirect("/login");
  if (identity.kind === "STAFF") return staffPreview(site, identity);

  const user = await db.user.findFirst({
    where: liveSessionUserWhere(identity, site),
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      organization: { select: { extranetEnabled: true, multiExtranet: true, requireContactTotp: true } },
      totp: { select: { userId: true } },
      access: {
        select: {
          id: true,
          status: true,
          role: true,
          contactId: true,
          company: {
            select: {
              id: true,
              name: true,
              centreId: true,
              subsidiaries: { select: { id: true, name: true }, orderBy: { name: "asc" } },
            },
          },
        },
      },
      ...sessionLastSeenSelect(identity),
    },
  });
  if (
    !user?.access ||
    user.access.status !== "ACTIVE" ||
    !user.organization.extranetEnabled ||
    !isCompanyExtranetSite({ site, companyCentreId: user.access.company.centreId, multiExtranet: user.organization.multiExtranet })
  )
    redirect("/login?expired=1");
  await touchSession({ sessionId: identity.sessionId, lastSeenAt: user.sessions[0].lastSeenAt });

  const { company: ownCompany, contactId, role, id: accessId } = user.access;
  const companies = [{ id: ownCompany.id, name: ownCompany.name }, ...ownCompany.subsidiaries];
  const selectedId = (await cookies()).get(SELECTED_COMPANY_COOKIE)?.value;
  const company = companies.find((candidate) => candidate.id === selectedId) ?? companies[0];
  const groupView = selectedId === GROUP_VIEW_CHOICE && companies.length > 1;

  return {
    site,
    organizationId: site.organization.id,
    user: { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName },
    contactId,
    company,
    companies,
    groupView,
    sessionId: identity.sessionId,
    twoFactorEnabled: user.totp !== null,
    twoFactorRequired: user.organization.requireContactTotp,
    role,
    accessId,
  };
});

/** A staff session with the preview cookie: the company must belong to the staff member's organisation. */
async function staffPreview(site: Site, identity: SessionIdentity): Promise<ContactContext> {
  const companyId = (await cookies()).get(PREVIEW_COMPANY_COOKIE)?.value;
  if (!companyId) redirect("/admin");
  const [user, company] = await Promise.all([
    db.user.findFirst({
      where: liveSessionUserWhere(identity, site),
      select: { id: true, email: true, firstName: true, lastName: true, ...sessionLastSeenSelect(identity) },
    }),
    db.company.findFirst({
      where: { id: companyId, organizationId: site.organization.id, isIndividual: false },
      select: { id: true, name: true },
    }),
  ]);
  if (!user) redirect("/login?expired=1");
  if (!company) redirect("/admin");
  await touchSession({ sessionId: identity.sessionId, lastSeenAt: user.sessions[0].lastSeenAt });
  const { sessions: _sessions, ...profile } = user;
  return {
    site,
    organizationId: site.organization.id,
    user: profile,
    contactId: "",
    company,
    companies: [company],
    groupView: false,
    preview: true,
    sessionId: identity.sessionId,
    twoFactorEnabled: false,
    twoFactorRequired: false,
    role: "ADMIN",
    accessId: "",
  };
}
