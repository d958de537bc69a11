const tones = {
  slate: "bg-slate-100 text-slate-800",
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
  blue: "bg-blue-100 text-blue-900",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "slate", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}

export const attendanceTone: Record<string, BadgeTone> = {
  PRESENT: "green",
  LATE: "amber",
  ABSENT: "red",
  EXCUSED: "blue",
  NOT_RECORDED: "slate",
};
export const actionStatusTone: Record<string, BadgeTone> = {
  SCHEDULED: "blue",
  IN_PROGRESS: "amber",
  COMPLETED: "green",
  CANCELLED: "red",
  DRAFT: "slate",
};
export const invoiceStatusTone: Record<string, BadgeTone> = {
  PAID: "green",
  PARTLY_PAID: "amber",
  UNPAID: "slate",
  OVERDUE: "red",
  CANCELLED: "slate",
};
