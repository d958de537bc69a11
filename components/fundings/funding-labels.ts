import type { BadgeTone } from "@/components/ui/badge";
import { funderOwnName } from "@/lib/fundings/funding-kinds";
import type { FundingRow } from "@/lib/fundings/list-fundings";

export const fundingStatusTone: Record<string, BadgeTone> = {
  TO_REQUEST: "warning",
  REQUESTED: "info",
  GRANTED: "success",
  REFUSED: "danger",
  PAID: "neutral",
};

/** "OPCO · OPCO EP", "CPF du salarié", "Région · Auvergne-Rhône-Alpes": the kind, then the funder's own name. */
export function funderLabel(row: Pick<FundingRow, "funderKind" | "opco" | "funderName">, kindLabel: (kind: string) => string): string {
  const name = funderOwnName(row);
  return name ? `${kindLabel(row.funderKind)} · ${name}` : kindLabel(row.funderKind);
}
