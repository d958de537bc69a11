import type { Column } from "@/components/ui/data-table";
import type { ContactContext } from "@/lib/auth/require-contact";
import { companyNameOf } from "@/lib/tenancy/viewed-companies";

/** The group view's company column of a list (none outside the group view), named from the session's companies. */
export function companyColumn<Row>(
  context: Pick<ContactContext, "groupView" | "companies">,
  header: string,
  companyIdsOf: (row: Row) => string[],
): Column<Row>[] {
  if (!context.groupView) return [];
  return [
    {
      key: "company",
      header,
      cell: (row) =>
        companyIdsOf(row)
          .map((id) => companyNameOf(context, id))
          .join(", "),
    },
  ];
}
