import type { ReactNode } from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { SortDirection } from "@/lib/http/request-params";
import { EmptyState } from "./empty-state";

export interface Column<Row> {
  key: string;
  /** The column's heading; also labels the cell when rows stack into cards on a phone. */
  header: string;
  /** A heading read by screen readers only (a column of links or buttons). */
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  align?: "left" | "right";
  /** Extra classes for the cells (e.g. whitespace-nowrap). */
  className?: string;
  /** The value of the list's `tri` parameter that orders by this column (one of its filter schema's enum). */
  sortKey?: string;
}

/** How the list is ordered now, and the page and filters a header link keeps (without `tri`, `ordre`, `page`). */
export interface TableSort {
  key: string;
  direction: SortDirection;
  path: string;
  params: Record<string, string | undefined>;
}

interface DataTableProps<Row> {
  /** Read by screen readers before the table. */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there is no row. */
  empty: ReactNode;
  rowTestId?: string;
  /** Sortable headers: links through the query string, the sorted one with aria-sort. */
  sort?: TableSort;
}

/** A sortable column's heading: a link that orders by it (again: the other way), back to page 1. */
function SortLink({ sort, sortKey, children }: { sort: TableSort; sortKey: string; children: ReactNode }) {
  const active = sort.key === sortKey;
  const next: SortDirection = active && sort.direction === "asc" ? "desc" : "asc";
  const query = new URLSearchParams(
    Object.entries({ ...sort.params, tri: sortKey, ordre: next }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const Icon = !active ? ArrowUpDown : sort.direction === "asc" ? ArrowUp : ArrowDown;
  return (
    <Link href={`${sort.path}?${query}`} className="inline-flex items-center gap-1 underline-offset-4 hover:underline">
      {children}
      <Icon aria-hidden="true" className={`size-3.5 ${active ? "" : "text-slate-400"}`} />
    </Link>
  );
}

/**
 * On a phone the headers are hidden (rows stack into cards): the same order chosen in a plain GET form
 * ("Trier par" + direction), which keeps the list's filters and goes back to page 1, script or not.
 */
function StackedSortForm<Row>({ sort, columns }: { sort: TableSort; columns: Column<Row>[] }) {
  const t = useTranslations("common");
  const sortable = columns.filter((column) => column.sortKey);
  const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
  return (
    <form method="get" action={sort.path} className="mb-3 flex flex-wrap items-end gap-2 sm:hidden" data-testid="stacked-sort">
      {Object.entries(sort.params).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <label className="flex flex-col text-xs font-medium text-slate-700">
        {t("sortBy")}
        <select name="tri" defaultValue={sort.key} className={control}>
          {sortable.map((column) => (
            <option key={column.sortKey} value={column.sortKey}>
              {column.header}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-700">
        {t("sortDirection")}
        <select name="ordre" defaultValue={sort.direction} className={control}>
          <option value="asc">{t("ascending")}</option>
          <option value="desc">{t("descending")}</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800">
        {t("sortSubmit")}
      </button>
    </form>
  );
}

/**
 * A list as a table; below the sm breakpoint each row stacks into a card whose cells carry their
 * column's heading, so no list is wider than a phone's screen. The row and cell styles live once in
 * globals.css (`.data-table`): written on every cell, they made half of a 50-row page's HTML.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, rowTestId, sort }: DataTableProps<Row>) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const align = (column: Column<Row>) => (column.align === "right" ? "sm:text-right" : "text-left");
  return (
    <div className="relative sm:overflow-x-auto sm:rounded-xl sm:bg-white sm:shadow-sm">
      {sort && columns.some((column) => column.sortKey) && <StackedSortForm sort={sort} columns={columns} />}
      <table className="data-table w-full text-sm max-sm:block">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700 max-sm:sr-only">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={
                  sort && column.sortKey && sort.key === column.sortKey
                    ? sort.direction === "asc"
                      ? "ascending"
                      : "descending"
                    : undefined
                }
                className={`px-3 py-2 font-semibold ${align(column)}`}
              >
                {column.hideHeader ? (
                  <span className="sr-only">{column.header}</span>
                ) : sort && column.sortKey ? (
                  <SortLink sort={sort} sortKey={column.sortKey}>
                    {column.header}
                  </SortLink>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block max-sm:space-y-3">
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column) => (
                <td
                  key={column.key}
                  data-label={column.hideHeader ? undefined : column.header}
                  className={`${align(column)} ${column.className ?? ""}`}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
