import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginCard } from "@/components/auth/login-card";
import { LoginCodeForm } from "@/components/auth/login-code-form";
import { openPendingLogin, PENDING_LOGIN_COOKIE } from "@/lib/auth/two-factor/pending-login";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export async function generateMetadata() {
  return { title: (await getTranslations("login"))("codeTitle") };
}

/** The login's second step; without a pending login on this host (none, expired, forged) it is the password again. */
export default async function LoginCodePage() {
  const [site, jar, t] = await Promise.all([getCurrentSite(), cookies(), getTranslations("login")]);
  if (!openPendingLogin(jar.get(PENDING_LOGIN_COOKIE)?.value, site.hostname)) redirect("/login");
  return (
    <LoginCard title={t("codeTitle")}>
      <p className="mb-4 text-sm text-slate-700">{t("codeIntro")}</p>
      <LoginCodeForm />
      <Link href="/login" className="mt-4 inline-block text-sm underline">
        {t("restart")}
      </Link>
    </LoginCard>
  );
}
