import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { AuthCard } from "@/components/ui/auth-card";
import { resetPasswordAction } from "@/lib/accounts/account-actions";
import { findAccountLink } from "@/lib/accounts/use-account-link";
import { db } from "@/lib/db";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [site, { token }, t] = await Promise.all([getCurrentSite(), params, getTranslations("account")]);
  const link = await findAccountLink({ db, site, token, purpose: "PASSWORD_RESET" });
  if (!link) {
    return (
      <AuthCard branding={site.branding} title={t("linkInvalidTitle")}>
        <p className="mb-4 text-slate-700">{t("linkInvalidBody")}</p>
        <Link href="/mot-de-passe-oublie" className="font-semibold underline">
          {t("forgotTitle")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard branding={site.branding} title={t("resetTitle")}>
      <ActionForm
        action={resetPasswordAction}
        testId="reset-form"
        submitLabel={t("resetSubmit")}
        fields={[
          { type: "hidden", name: "token", value: token },
          { type: "new-password", name: "password", label: t("newPassword") },
          { type: "password", name: "confirm", label: t("confirmPassword"), autoComplete: "new-password", required: true },
        ]}
      />
    </AuthCard>
  );
}
