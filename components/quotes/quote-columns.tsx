import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import type { Column } from "@/components/ui/data-table";
import { formatDate, formatMoney } from "@/lib/format/format";
import type { QuoteListRow } from "@/lib/quotes/list-quotes";
import { QuoteStatusBadge } from "./quote-status-badge";

type QuotesTranslator = Awaited<ReturnType<typeof getTranslations<"quotes">>>;

/** The columns every list of quotes shows, in the extranet and in /admin, sortable by `tri`; `extra` come after the number. */
export function quoteColumns({
  t,
  locale,
  basePath,
  extra,
}: {
  t: QuotesTranslator;
  locale: string;
  /** "/devis" or "/admin/devis": where a quote's number links to. */
  basePath: string;
  extra: Column<QuoteListRow>[];
}): Column<QuoteListRow>[] {
  return [
    {
      key: "number",
      header: t("columns.number"),
      sortKey: "number",
      className: "sm:whitespace-nowrap",
      cell: (row) => (
        <Link href={`${basePath}/${row.id}`} className="font-medium underline">
          {row.number}
        </Link>
      ),
    },
    ...extra,
    { key: "type", header: t("columns.type"), cell: (row) => t(`types.${row.type}`) },
    { key: "validUntil", header: t("columns.validUntil"), sortKey: "validUntil", cell: (row) => formatDate(row.validUntil, locale) },
    {
      key: "total",
      header: t("columns.total"),
      sortKey: "total",
      align: "right",
      className: "whitespace-nowrap",
      cell: (row) => formatMoney(row.totalInclTaxCents, locale),
    },
    { key: "status", header: t("columns.status"), cell: (row) => <QuoteStatusBadge status={row.status} /> },
  ];
}
