"use client";

import { useId, useRef, type ReactNode } from "react";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * A form too wide for where its button sits (a table's row) opens in a modal dialog. The native <dialog>
 * moves focus in, makes the page behind inert and closes on Escape; the form stays mounted while closed,
 * so what was typed is still there when it opens again.
 */
export function FormDialog({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
        className="cursor-pointer text-left text-sm font-semibold underline-offset-4 hover:underline"
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-2xl overflow-y-auto rounded-xl bg-white p-6 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="mb-4 flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            aria-label={t("close")}
            className="rounded-md p-1 text-slate-600 hover:bg-slate-100"
          >
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
        {children}
      </dialog>
    </>
  );
}
