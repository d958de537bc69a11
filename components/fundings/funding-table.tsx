import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/format/format";
import type { FundingRow } from "@/lib/fundings/list-fundings";
import { fundingStatusTone, funderLabel } from "./funding-labels";

/**
 * Funding lines as a table: the funder, agreement number, amount, status and subrogation; with `showTraining`
 * a training column (linking to the action with `trainingHref`), and `before` / `extra` columns (the company, staff's buttons).
 */
export async function FundingTable({
  caption,
  rows,
  empty,
  showTraining = false,
  trainingHref,
  before = [],
  extra = [],
}: {
  caption: string;
  rows: FundingRow[];
  empty: string;
  showTraining?: boolean;
  trainingHref?: (row: FundingRow) => string;
  before?: Column<FundingRow>[];
  extra?: Column<FundingRow>[];
}) {
  const [t, locale] = await Promise.all([getTranslations("fundings"), getLocale()]);
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      empty={empty}
      rowTestId="funding-row"
      columns={[
        ...(showTraining
          ? [
              {
                key: "training",
                header: t("columns.training"),
                cell: (row: FundingRow) =>
                  trainingHref ? (
                    <Link href={trainingHref(row)} className="font-medium underline-offset-4 hover:underline">
                      {row.action.number} · {row.action.title}
                    </Link>
                  ) : (
                    `${row.action.number} · ${row.action.title}`
                  ),
              },
            ]
          : []),
        ...before,
        { key: "seat", header: t("columns.seat"), cell: (row) => row.seatLabel ?? "—" },
        { key: "funder", header: t("columns.funder"), cell: (row) => funderLabel(row, (kind) => t(`kinds.${kind}`)) },
        { key: "agreement", header: t("columns.agreement"), cell: (row) => row.agreementNumber ?? "—" },
        {
          key: "amount",
          header: t("columns.amount"),
          align: "right",
          className: "whitespace-nowrap",
          cell: (row) => formatMoney(row.amountCents, locale),
        },
        {
          key: "status",
          header: t("columns.status"),
          cell: (row) => <Badge tone={fundingStatusTone[row.status]}>{t(`status.${row.status}`)}</Badge>,
        },
        {
          key: "subrogation",
          header: t("columns.subrogation"),
          cell: (row) => (row.subrogation ? t("subrogationYes") : t("subrogationNo")),
        },
        ...extra,
      ]}
    />
  );
}
