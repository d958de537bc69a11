import Link from "next/link";
import { ArrowRight } from "lucide-react";

const TONES = {
  default: "bg-white shadow-sm",
  attention: "bg-amber-50 shadow-sm ring-2 ring-amber-400",
} as const;

interface StatCardProps {
  label: string;
  value: string;
  /** One line saying exactly what the figure counts. */
  definition?: string;
  /** The list that explains or resolves the figure; the whole card follows it. */
  href?: string;
  /** Shown as the link's call to action on attention cards ("Compléter"). */
  actionLabel?: string;
  tone?: keyof typeof TONES;
  testId?: string;
}

/** One figure of a dashboard: label, value, definition; "attention" when something waits for the reader. */
export function StatCard({ label, value, definition, href, actionLabel, tone = "default", testId }: StatCardProps) {
  return (
    <div className={`relative flex flex-col gap-1 rounded-xl p-4 ${TONES[tone]}`} data-tone={tone}>
      <p className="text-sm font-medium text-slate-700">
        {href ? (
          <Link href={href} className="after:absolute after:inset-0 after:rounded-xl hover:underline">
            {label}
          </Link>
        ) : (
          label
        )}
      </p>
      <p className="text-2xl font-semibold text-slate-900" data-testid={testId}>
        {value}
      </p>
      {definition && <p className="text-xs text-slate-600">{definition}</p>}
      {href && actionLabel && (
        <p className="mt-1 inline-flex items-center gap-1 text-sm font-semibold text-amber-900" aria-hidden="true">
          {actionLabel} <ArrowRight className="size-4" />
        </p>
      )}
    </div>
  );
}
