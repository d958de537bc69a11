/** A GET search box (works without JavaScript). */
export function SearchForm({
  label,
  submit,
  defaultValue,
  hidden = {},
}: {
  label: string;
  submit: string;
  defaultValue?: string;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <div className="space-y-1">
        <label htmlFor="q" className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          className="block w-64 rounded-md border border-slate-300 bg-white px-3 py-2"
        />
      </div>
      <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100">{submit}</button>
    </form>
  );
}
