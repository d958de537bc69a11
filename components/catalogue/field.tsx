import type { InputHTMLAttributes } from "react";

/** A labelled input with its own id (several forms share a page), errors announced with it. */
export function Field({
  id,
  name,
  label,
  errors,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; name: string; label: string; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-600"
        {...input}
      />
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
