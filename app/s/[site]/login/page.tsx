import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { SiteLogo } from "@/components/shell/site-logo";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ expired?: string }> }) {
  const [{ branding }, t, { expired }] = await Promise.all([getCurrentSite(), getTranslations(), searchParams]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md rounded-xl border-t-8 border-brand bg-white p-8 shadow-md">
        <div className="mb-6 flex items-center gap-3">
          <SiteLogo branding={branding} height={48} />
          <div>
            <p className="text-lg font-semibold" data-testid="site-name">
              {branding.name}
            </p>
            <p className="text-sm text-slate-600">
              {t("login.subtitle", { extranet: t("common.extranetName"), organization: branding.name })}
            </p>
          </div>
        </div>
        <h1 className="mb-4 text-2xl font-semibold">{t("login.title")}</h1>
        {expired && (
          <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("login.expired")}
          </p>
        )}
        <LoginForm />
        <Link href="/mot-de-passe-oublie" className="mt-4 inline-block text-sm underline">
          {t("account.forgotLink")}
        </Link>
      </div>
    </main>
  );
}
