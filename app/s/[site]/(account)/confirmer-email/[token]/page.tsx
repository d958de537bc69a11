import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { AuthCard } from "@/components/ui/auth-card";
import { confirmEmailChangeAction } from "@/lib/accounts/account-actions";
import { findAccountLink } from "@/lib/accounts/use-account-link";
import { db } from "@/lib/db";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

// Confirming takes a click (a POST): mail scanners that pre-open links must not change the login email.
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const [site, { token }, t] = await Promise.all([getCurrentSite(), params, getTranslations("account")]);
  const link = await findAccountLink({ db, site, token, purpose: "EMAIL_CHANGE" });
  if (!link) {
    return (
      <AuthCard branding={site.branding} title={t("linkInvalidTitle")}>
        <p className="mb-4 text-slate-700">{t("linkInvalidBody")}</p>
        <Link href="/login" className="font-semibold underline">
          {t("backToLogin")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard branding={site.branding} title={t("confirmEmailTitle")}>
      <p className="mb-4 text-slate-700">{t("confirmEmailBody", { email: link.newEmail ?? "" })}</p>
      <ActionForm
        action={confirmEmailChangeAction}
        testId="confirm-email-form"
        submitLabel={t("confirmEmailSubmit")}
        fields={[{ type: "hidden", name: "token", value: token }]}
      />
      <Link href="/login" className="mt-4 inline-block text-sm underline">
        {t("backToLogin")}
      </Link>
    </AuthCard>
  );
}
