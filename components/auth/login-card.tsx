import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteLogo } from "@/components/shell/site-logo";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

/** The frame of the login steps: the site's logo and name, a title, the step's form. */
export async function LoginCard({ title, children }: { title: string; children: ReactNode }) {
  const [{ branding }, t] = await Promise.all([getCurrentSite(), getTranslations()]);
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
        <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
