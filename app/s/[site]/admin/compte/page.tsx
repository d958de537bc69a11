import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PasskeyPanel } from "@/components/account/passkey-panel";
import { SessionList } from "@/components/account/session-list";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { requireStaff } from "@/lib/auth/require-staff";
import { endStaffOtherSessionsAction, endStaffSessionAction } from "@/lib/auth/sessions/session-actions";
import { listSessions } from "@/lib/auth/sessions/list-sessions";
import { requireAccountHolder } from "@/lib/auth/two-factor/require-account-holder";
import { db } from "@/lib/db";
import { flagFilter, pageQuery } from "@/lib/http/request-params";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

/** The staff member's own account: their sessions (and, below, their second factor). */
export default async function StaffAccountPage({ searchParams }: { searchParams: Promise<unknown> }) {
  const [staff, t, holder, { ended, totpOff }] = await Promise.all([
    requireStaff(),
    getTranslations("account"),
    requireAccountHolder(),
    pageQuery(searchParams, z.object({ ended: flagFilter, totpOff: flagFilter })),
  ]);
  const sessions = await listSessions({
    db,
    organizationId: staff.organizationId,
    userId: staff.user.id,
    currentSessionId: staff.sessionId,
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700" data-testid="login-email">
        {t("currentEmail", { email: staff.user.email })}
      </p>
      <TwoFactorPanel holder={holder} issuer={holder.site.branding.name} notice={totpOff} />
      <PasskeyPanel holder={holder} />
      <SessionList sessions={sessions} ended={ended} endOne={endStaffSessionAction} endOthers={endStaffOtherSessionsAction} />
    </div>
  );
}
