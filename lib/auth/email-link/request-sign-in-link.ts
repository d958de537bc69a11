import type { Database } from "../../db/create-prisma-client";
import { issueAccountLink } from "../../accounts/issue-account-link";
import { isCompanyExtranetSite } from "../../tenancy/company-extranet-site";
import type { Site } from "../../tenancy/site";

/**
 * Sends a sign-in link (single use, 15 minutes, only its hash stored) when `email` is a contact who may log
 * in on this very extranet: active access, extranet option on, this host their company's extranet.
 * Staff sign in with their password (and second factor) only. The caller answers the same either way.
 */
export async function requestSignInLink({ db, site, email, now = new Date() }: { db: Database; site: Site; email: string; now?: Date }) {
  const organizationId = site.organization.id;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { organizationId_email: { organizationId, email } },
      select: {
        id: true,
        kind: true,
        firstName: true,
        disabledAt: true,
        organization: { select: { extranetEnabled: true, multiExtranet: true } },
        access: { select: { status: true, companyId: true, company: { select: { centreId: true } } } },
      },
    });
    const mayLogIn =
      user?.kind === "CONTACT" &&
      !user.disabledAt &&
      user.access?.status === "ACTIVE" &&
      user.organization.extranetEnabled &&
      isCompanyExtranetSite({ site, companyCentreId: user.access.company.centreId, multiExtranet: user.organization.multiExtranet });
    if (!mayLogIn) return null;
    await tx.auditEvent.create({
      data: { organizationId, actorUserId: user.id, action: "auth.sign_in_link_requested", targetType: "User", targetId: user.id },
    });
    return issueAccountLink({
      tx,
      user: { id: user.id, organizationId, firstName: user.firstName, companyId: user.access!.companyId },
      kind: "SIGN_IN_LINK",
      to: email,
      hostname: site.hostname,
      now,
    });
  });
}
