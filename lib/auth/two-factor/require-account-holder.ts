import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getCurrentSite } from "../../tenancy/get-current-site";
import type { Site } from "../../tenancy/site";
import { getSessionIdentity } from "../get-session-identity";
import { requireContactAccount } from "../require-contact";
import { requireStaffAccount } from "../require-staff";

export interface AccountHolder {
  site: Site;
  organizationId: string;
  user: { id: string; email: string };
  sessionId: string;
  twoFactorEnabled: boolean;
  /** The rules require this user to keep an authenticator app (administrator, or the organisation's rule for contacts). */
  twoFactorRequired: boolean;
  /** Where the user's account page and home are. */
  accountPath: string;
  homePath: string;
}

/** The signed-in user of this site, staff or contact, for their own second factor (no enrolment rule applied: this is where they enrol). */
export const requireAccountHolder = cache(async (): Promise<AccountHolder> => {
  const identity = await getSessionIdentity(await getCurrentSite());
  if (!identity) redirect("/login");
  if (identity.kind === "STAFF") {
    const staff = await requireStaffAccount();
    return { ...staff, twoFactorRequired: staff.user.role === "ADMIN", accountPath: "/admin/compte", homePath: "/admin" };
  }
  const contact = await requireContactAccount();
  return { ...contact, accountPath: "/compte", homePath: "/" };
});
