import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { logOut } from "@/lib/auth/log-out-action";
import type { SiteBranding } from "@/lib/tenancy/site";
import { LocaleSwitcher } from "./locale-switcher";
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
  children: ReactNode;
}

export async function AppShell({ branding, area, userName, links, root, headerExtra, children }: AppShellProps) {
  const t = await getTranslations("common");
  return (
    <>
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b-4 border-brand bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <div className="flex items-center gap-3">
            <SiteLogo branding={branding} />
            <div>
              <p className="font-semibold" data-testid="site-name">
                {branding.name}
              </p>
              <p className="text-xs text-slate-600">{area}</p>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            {headerExtra}
            <span className="text-sm text-slate-700" data-testid="user-name">
              {userName}
            </span>
            <LocaleSwitcher />
            <form action={logOut}>
              <button className="rounded-md px-3 py-1 text-sm font-medium text-slate-700 underline-offset-4 hover:underline">
                {t("logout")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <aside className="md:w-56 md:shrink-0">
          <NavLinks links={links} root={root} label={t("mainNavigation")} />
        </aside>
        <main id="content" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}
