import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { SiteLogo } from "@/components/shell/site-logo";
import { getCatalogueViewer } from "@/lib/catalogue/get-catalogue-viewer";
import { ClientMessages } from "@/lib/i18n/client-messages";

// The public catalogue's light frame: the site's branding and a login link, or, for a contact logged in
// on this host, a banner naming their company with the way back to the extranet.
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [viewer, t] = await Promise.all([getCatalogueViewer(), getTranslations("catalogue")]);
  const { branding } = viewer.site;
  return (
    <ClientMessages area="public">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b-4 border-brand bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/catalogue" className="flex items-center gap-3">
            <SiteLogo branding={branding} />
            <div>
              <p className="font-semibold" data-testid="site-name">
                {branding.name}
              </p>
              <p className="text-xs text-slate-600">{t("title")}</p>
            </div>
          </Link>
          <div className="flex items-center gap-3">
            <LocaleSwitcher />
            {viewer.contact ? null : viewer.isStaff ? (
              <Link href="/admin" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold">
                {t("toAdmin")}
              </Link>
            ) : (
              <Link href="/login" className="rounded-md bg-brand px-3 py-1.5 text-sm font-semibold text-brand-contrast">
                {t("login")}
              </Link>
            )}
          </div>
        </div>
      </header>
      {viewer.contact && (
        <div className="border-b border-amber-200 bg-amber-50" data-testid="contact-banner">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm text-amber-950">
            <p>{t("banner", { company: viewer.contact.company.name })}</p>
            <nav aria-label={t("bannerNav")} className="flex flex-wrap gap-2">
              <Link href="/catalogue/panier" className="rounded-md border border-amber-300 bg-white px-3 py-1 font-semibold">
                {t("cartLink")}
              </Link>
              <Link href="/catalogue/commandes" className="rounded-md border border-amber-300 bg-white px-3 py-1 font-semibold">
                {t("ordersLink")}
              </Link>
              <Link href="/" className="rounded-md bg-brand px-3 py-1 font-semibold text-brand-contrast">
                {t("backToExtranet")}
              </Link>
            </nav>
          </div>
        </div>
      )}
      <main id="content" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </ClientMessages>
  );
}
