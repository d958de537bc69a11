import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LoginCard } from "@/components/auth/login-card";
import { LoginForm } from "@/components/auth/login-form";
import { PasskeyLoginButton } from "@/components/auth/passkey-login-button";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ expired?: string }> }) {
  const [t, { expired }] = await Promise.all([getTranslations(), searchParams]);
  return (
    <LoginCard title={t("login.title")}>
      {expired && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("login.expired")}
        </p>
      )}
      <LoginForm />
      <p className="my-4 flex items-center gap-3 text-sm text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
        {t("login.or")}
      </p>
      <PasskeyLoginButton />
      <div className="mt-4 flex flex-col items-start gap-2 text-sm">
        <Link href="/mot-de-passe-oublie" className="underline">
          {t("account.forgotLink")}
        </Link>
        <Link href="/connexion-par-lien" className="underline">
          {t("security.signInLink.loginLink")}
        </Link>
      </div>
    </LoginCard>
  );
}
