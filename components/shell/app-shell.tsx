import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { logOut } from "@/lib/auth/log-out-action";
import type { SiteBranding } from "@/lib/tenancy/site";
import { LocaleSwitcher } from "./locale-switcher";
import { MobileMenu } from "./mobile-menu";
import { NavLinks, type NavLink } from "./nav-links";
import { SiteLogo } from "./site-logo";

interface AppShellProps {
  branding: SiteBranding;
  /** "Extranet Entreprise" or "Administration", under the organisation's name. */
  area: string;
  userName: string;
  links: NavLink[];
  root: string;
  /** Shown in the header beside the user, e.g. the company switcher. */
  headerExtra?: ReactNode;
  /** Shown in the header at every width, beside the menu button: the notification bell. */
  alerts?: ReactNode;
  children: ReactNode;
}

export async function AppShell({ branding, area, userName, links, root, headerExtra, alerts, children }: AppShellProps) {
  const t = await getTranslations("common");
  const logout = (
    <form action={logOut}>
      <button className="rounded-md px-3 py-1 text-sm font-medium text-slate-700 underline-offset-4 hover:underline">{t("logout")}</button>
    </form>
  );
  return (
    <>
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b-4 border-brand bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-2 md:py-3">
          <div className="flex min-w-0 items-center gap-3">
            <SiteLogo branding={branding} />
            <div className="min-w-0">
              <p className="truncate font-semibold" data-testid="site-name">
                {branding.name}
              </p>
              <p className="truncate text-xs text-slate-600">{area}</p>
            </div>
          </div>
          <div className="hidden flex-wrap items-center justify-end gap-4 md:ml-auto md:flex">
            {headerExtra}
            <span className="text-sm text-slate-700" data-testid="user-name">
              {userName}
            </span>
            <LocaleSwitcher />
            {logout}
          </div>
          {alerts && <div className="ml-auto flex shrink-0 items-center md:ml-0">{alerts}</div>}
          <MobileMenu title={branding.name}>
            <NavLinks links={links} root={root} label={t("mainNavigation")} />
            {headerExtra && <div className="[&_form]:flex-wrap">{headerExtra}</div>}
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
              <span className="text-sm text-slate-700">{userName}</span>
              <LocaleSwitcher />
              {logout}
            </div>
          </MobileMenu>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-4 md:flex-row md:py-6">
        <aside className="hidden md:block md:w-56 md:shrink-0">
          <NavLinks links={links} root={root} label={t("mainNavigation")} />
        </aside>
        <main id="content" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}
