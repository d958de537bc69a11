import type { ReactNode } from "react";
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
}

/**
 * A list as a table; below the sm breakpoint each row stacks into a card whose cells carry their
 * column's heading, so no list is wider than a phone's screen. The row and cell styles live once in
 * globals.css (`.data-table`): written on every cell, they made half of a 50-row page's HTML.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, rowTestId }: DataTableProps<Row>) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const align = (column: Column<Row>) => (column.align === "right" ? "sm:text-right" : "text-left");
  return (
    <div className="relative sm:overflow-x-auto sm:rounded-xl sm:bg-white sm:shadow-sm">
      <table className="data-table w-full text-sm max-sm:block">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700 max-sm:sr-only">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`px-3 py-2 font-semibold ${align(column)}`}>
                {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
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
