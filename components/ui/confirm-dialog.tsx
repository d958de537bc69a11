"use client";

import { cloneElement, useState, type MouseEvent, type ReactElement } from "react";
import dynamic from "next/dynamic";

export interface ConfirmDialogText {
  /** The question, e.g. "Couper l'accès de Claire Martin ?". */
  title: string;
  /** What happens next, in one or two sentences. */
  description?: string;
  /** The destructive verb on the red button, e.g. "Couper l'accès". */
  confirmLabel: string;
}

interface ConfirmDialogProps extends ConfirmDialogText {
  /** The button that opens the dialog (its own props kept). */
  trigger: ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void; onPointerEnter?: () => void }>;
  onConfirm: () => void;
}

// The dialog library loads when a confirmation is first wanted, not with every page (issue 12's JS budget).
const loadPanel = () => import("./confirm-dialog-panel");
const ConfirmDialogPanel = dynamic(loadPanel, { ssr: false });

/** A destructive action asks first: its trigger opens a confirmation whose red button does it. */
export function ConfirmDialog({ trigger, onConfirm, ...text }: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {cloneElement(trigger, {
        "aria-haspopup": "dialog",
        onPointerEnter: loadPanel,
        onClick: (event: MouseEvent<HTMLElement>) => {
          trigger.props.onClick?.(event);
          setOpen(true);
        },
      } as Partial<typeof trigger.props>)}
      {open && <ConfirmDialogPanel {...text} onConfirm={onConfirm} onClose={() => setOpen(false)} />}
    </>
  );
}
