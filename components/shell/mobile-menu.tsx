"use client";

import type { ReactNode } from "react";
import { useState } from "react";
import dynamic from "next/dynamic";
import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";

// The dialog library loads when the menu is first wanted, not with every page (issue 12's JS budget).
const loadPanel = () => import("./mobile-menu-panel");
const MobileMenuPanel = dynamic(loadPanel, { ssr: false });

/** Below the md breakpoint, the whole navigation (and the header's tools) in a panel opened by one menu button. */
export function MobileMenu({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={loadPanel}
        onFocus={loadPanel}
        onClick={() => setOpen(true)}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 md:hidden"
      >
        <Menu aria-hidden="true" className="size-5" />
        {t("menu")}
      </button>
      {open && (
        <MobileMenuPanel title={title} onClose={() => setOpen(false)}>
          {children}
        </MobileMenuPanel>
      )}
    </>
  );
}
