import type { ReactNode } from "react";

/**
 * The form-level message of every form: its error (role=alert, read out at once) or its success
 * (role=status), already translated. Field errors stay next to their field (components/ui/field.tsx).
 */
export function FormMessages({
  error,
  success,
  compact = false,
  id,
}: {
  error?: ReactNode;
  success?: ReactNode;
  /** Plain text under a button, for the small forms of a list row. */
  compact?: boolean;
  id?: string;
}) {
  if (error)
    return (
      <p
        id={id}
        role="alert"
        className={compact ? "w-full text-sm text-red-700" : "rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"}
      >
        {error}
      </p>
    );
  if (success)
    return (
      <div
        id={id}
        role="status"
        className={
          compact
            ? "w-full text-sm text-emerald-800"
            : "rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        }
      >
        {success}
      </div>
    );
  return null;
}
