import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { LoginCard } from "@/components/auth/login-card";
import { requestSignInLinkAction } from "@/lib/auth/email-link/sign-in-link-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("security.signInLink"))("title") };
}

export default async function SignInLinkRequestPage() {
  const t = await getTranslations("security.signInLink");
  return (
    <LoginCard title={t("title")}>
      <p className="mb-4 text-slate-700">{t("intro")}</p>
      <ActionForm
        action={requestSignInLinkAction}
        testId="sign-in-link-form"
        submitLabel={t("submit")}
        fields={[{ type: "email", name: "email", label: t("email"), autoComplete: "username", required: true }]}
      />
      <Link href="/login" className="mt-4 inline-block text-sm underline">
        {t("backToLogin")}
      </Link>
    </LoginCard>
  );
}
