"use client";

import type { MouseEvent, ReactNode } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";

/** The phone menu's panel: a modal dialog (Radix: focus trapped, Escape closes it, focus back to the menu button). */
export default function MobileMenuPanel({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const t = useTranslations("common");
  // A followed link closes the panel: the page under it changes.
  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest("a")) onClose();
  };
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      {/* No portal: the panel stays inside the site's element, which carries its brand colours. */}
      <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
      <Dialog.Content
        className="fixed inset-y-0 right-0 z-50 flex w-[min(20rem,90vw)] flex-col gap-4 overflow-y-auto bg-white p-4 shadow-xl"
        onClick={closeOnLink}
        aria-describedby={undefined}
      >
        <div className="flex items-center justify-between gap-2">
          <Dialog.Title className="font-semibold">{title}</Dialog.Title>
          <Dialog.Close className="rounded-md p-2 text-slate-700 hover:bg-slate-100" aria-label={t("closeMenu")}>
            <X aria-hidden="true" className="size-5" />
          </Dialog.Close>
        </div>
        {children}
      </Dialog.Content>
    </Dialog.Root>
  );
}
