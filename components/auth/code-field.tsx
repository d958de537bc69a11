/** A one-time code input (authenticator app or recovery code) with its hint and translated errors, announced with it. */
export function CodeField({ id, label, hint, errors }: { id: string; label: string; hint?: string; errors: string[] }) {
  const describedBy = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name="code"
        autoComplete="one-time-code"
        required
        maxLength={40}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        className="block w-full max-w-xs rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-lg tracking-widest text-slate-900 shadow-sm aria-invalid:border-red-600"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}
