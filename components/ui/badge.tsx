import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-slate-100 text-slate-800",
  info: "bg-blue-100 text-blue-900",
  success: "bg-green-100 text-green-900",
  warning: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-900",
  outline: "border border-slate-300 bg-white text-slate-700",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A short status label; its tone comes from the status family's map in status-tones.ts. */
export function Badge({
  tone = "neutral",
  children,
  ...data
}: { tone?: BadgeTone; children: ReactNode } & { [key: `data-${string}`]: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONES[tone]}`} {...data}>
      {children}
    </span>
  );
}
