import type { ReactNode } from "react";
import { SiteLogo } from "@/components/shell/site-logo";
import type { SiteBranding } from "@/lib/tenancy/site";

/** The branded card of the anonymous account pages (app/s/[site]/(account): invitation, password reset, email confirmation), like the login page: outside the catalogue's (public) frame. */
export function AuthCard({
  branding,
  title,
  subtitle,
  children,
}: {
  branding: SiteBranding;
  title: string;
  /** Under the site's name (the login steps say which extranet this is). */
  subtitle?: string;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md rounded-xl border-t-8 border-brand bg-white p-8 shadow-md">
        <div className="mb-6 flex items-center gap-3">
          <SiteLogo branding={branding} height={48} />
          <div>
            <p className="text-lg font-semibold" data-testid="site-name">
              {branding.name}
            </p>
            {subtitle && <p className="text-sm text-slate-600">{subtitle}</p>}
          </div>
        </div>
        <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
