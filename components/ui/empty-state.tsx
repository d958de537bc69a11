import type { ReactNode } from "react";

/** What a list shows when it has nothing: a sentence, and optionally the way to fill it. */
export function EmptyState({ children, action, testId }: { children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700" data-testid={testId}>
      <p>{children}</p>
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
