import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { AuthCard } from "@/components/ui/auth-card";
import { requestPasswordResetAction } from "@/lib/accounts/account-actions";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const [site, t] = await Promise.all([getCurrentSite(), getTranslations("account")]);
  return (
    <AuthCard branding={site.branding} title={t("forgotTitle")}>
      <p className="mb-4 text-slate-700">{t("forgotIntro")}</p>
      <ActionForm
        action={requestPasswordResetAction}
        testId="forgot-form"
        submitLabel={t("forgotSubmit")}
        fields={[{ type: "email", name: "email", label: t("email"), autoComplete: "username", required: true }]}
      />
      <Link href="/login" className="mt-4 inline-block text-sm underline">
        {t("backToLogin")}
      </Link>
    </AuthCard>
  );
}
