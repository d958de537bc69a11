import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Column } from "@/components/ui/data-table";
import { invoiceStatusTone } from "@/components/ui/status-tones";
import { formatDate, formatMoney } from "@/lib/format/format";
import type { InvoiceStatus } from "@/lib/invoices/invoice-status";
import { InvoiceNumber } from "./invoice-number";

interface InvoiceRow {
  number: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  issueDate: Date;
  totalInclTaxCents: number;
  status: InvoiceStatus;
}

/** The columns every invoice table shows alike (number, issue date, total incl. tax, status), in the page's language. */
export async function invoiceColumns<Row extends InvoiceRow>() {
  const [t, locale] = await Promise.all([getTranslations("invoices"), getLocale()]);
  return {
    number: {
      key: "number",
      header: t("columns.number"),
      className: "sm:whitespace-nowrap",
      cell: (row: Row) => <InvoiceNumber number={row.number} kind={row.kind} />,
    },
    issueDate: {
      key: "issueDate",
      header: t("columns.issueDate"),
      className: "whitespace-nowrap",
      cell: (row: Row) => formatDate(row.issueDate, locale, "medium"),
    },
    total: {
      key: "total",
      header: t("columns.total"),
      align: "right",
      className: "whitespace-nowrap",
      cell: (row: Row) => formatMoney(row.totalInclTaxCents, locale),
    },
    status: {
      key: "status",
      header: t("columns.status"),
      cell: (row: Row) => <Badge tone={invoiceStatusTone[row.status]}>{t(`status.${row.status}`)}</Badge>,
    },
  } satisfies Record<string, Column<Row>>;
}
