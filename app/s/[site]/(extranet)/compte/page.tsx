import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { changePasswordAction, requestEmailChangeAction } from "@/lib/accounts/account-actions";
import { PasskeyPanel } from "@/components/account/passkey-panel";
import { SessionList } from "@/components/account/session-list";
import { NotificationPreferencesPanel } from "@/components/notifications/notification-preferences-panel";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { requireContact } from "@/lib/auth/require-contact";
import { Card } from "@/components/ui/card";
import { endContactOtherSessionsAction, endContactSessionAction } from "@/lib/auth/sessions/session-actions";
import { listSessions } from "@/lib/auth/sessions/list-sessions";
import { requireAccountHolder } from "@/lib/auth/two-factor/require-account-holder";
import { db } from "@/lib/db";
import { flagFilter, pageQuery } from "@/lib/http/request-params";
import { getNotificationPreferences } from "@/lib/notifications/notification-preferences";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<unknown> }) {
  const [context, t, holder, { password, ended, totpOff }] = await Promise.all([
    requireContact(),
    getTranslations("account"),
    requireAccountHolder(),
    pageQuery(searchParams, z.object({ password: flagFilter, ended: flagFilter, totpOff: flagFilter })),
  ]);
  const [sessions, notificationPreferences] = await Promise.all([
    listSessions({ db, organizationId: context.organizationId, userId: context.user.id, currentSessionId: context.sessionId }),
    getNotificationPreferences({ db, organizationId: context.organizationId, contactId: context.contactId }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {password && (
        <p role="status" className="max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("passwordChanged")}
        </p>
      )}
      <Card as="section" padding="lg" className="max-w-xl space-y-4" aria-labelledby="identity-title">
        <h2 id="identity-title" className="text-lg font-semibold">
          {t("identity")}
        </h2>
        <p>
          {context.user.firstName} {context.user.lastName}
        </p>
        <p className="text-sm text-slate-700" data-testid="login-email">
          {t("currentEmail", { email: context.user.email })}
        </p>
      </Card>
      <Card as="section" padding="lg" className="max-w-xl space-y-4" aria-labelledby="password-title">
        <h2 id="password-title" className="text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <ActionForm
          action={changePasswordAction}
          testId="password-form"
          submitLabel={t("changePasswordSubmit")}
          fields={[
            { type: "password", name: "currentPassword", label: t("currentPassword"), autoComplete: "current-password", required: true },
            { type: "new-password", name: "password", label: t("newPassword") },
            { type: "password", name: "confirm", label: t("confirmPassword"), autoComplete: "new-password", required: true },
          ]}
        />
      </Card>
      <Card as="section" padding="lg" className="max-w-xl space-y-4" aria-labelledby="email-title">
        <h2 id="email-title" className="text-lg font-semibold">
          {t("changeEmail")}
        </h2>
        <p className="text-sm text-slate-700">{t("changeEmailIntro")}</p>
        <ActionForm
          action={requestEmailChangeAction}
          testId="email-form"
          submitLabel={t("changeEmailSubmit")}
          fields={[
            { type: "email", name: "newEmail", label: t("newEmail"), autoComplete: "email", required: true },
            { type: "password", name: "currentPassword", label: t("currentPassword"), autoComplete: "current-password", required: true },
          ]}
        />
      </Card>
      {!context.preview && (
        <>
          <TwoFactorPanel holder={holder} issuer={holder.site.branding.name} notice={totpOff} />
          <PasskeyPanel holder={holder} />
          <SessionList sessions={sessions} ended={ended} endOne={endContactSessionAction} endOthers={endContactOtherSessionsAction} />
          <NotificationPreferencesPanel preferences={notificationPreferences} />
        </>
      )}
    </div>
  );
}
