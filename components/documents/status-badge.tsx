import type { DocumentStatus } from "@/lib/documents/document-status";

const STYLES: Record<DocumentStatus, string> = {
  to_sign: "bg-amber-100 text-amber-900",
  signed: "bg-emerald-100 text-emerald-900",
  other: "bg-slate-100 text-slate-800",
};

export function StatusBadge({ status, label }: { status: DocumentStatus; label: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`} data-status={status}>
      {label}
    </span>
  );
}
