import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import type { FundingAction } from "../fundings/funding-targets";
import { fundingFieldsSelect } from "../fundings/list-fundings";
import { splitSubrogation, type SplitFunding, type SubrogationSplit } from "./split-subrogation";

/** A company's fundings of an action, as the split reads them. */
export function companyFundings(
  tx: TransactionClient,
  organizationId: string,
  actionId: string,
  companyId: string,
): Promise<SplitFunding[]> {
  return tx.funding.findMany({
    where: { organizationId, actionId, companyId },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: fundingFieldsSelect,
  });
}

/** The split of a company's price for the action (locked by the caller), from the given fundings. */
export function companyInvoiceSplit(action: FundingAction, companyId: string, fundings: SplitFunding[]): SubrogationSplit {
  return splitSubrogation({
    title: `${action.number} — ${action.title}`,
    targets: action.targets.filter((target) => target.companyId === companyId),
    fundings,
  });
}

/** What a split bills, per invoice: two splits bill the same when these are equal (labels aside). */
export function billedAmounts(split: SubrogationSplit): string {
  if (split.status !== "split") return "pending";
  return split.parts
    .map((part) => `${part.fundingId ?? "company"}:${part.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0)}`)
    .join(",");
}

/** The company's live invoice of the action (not cancelled by a credit note), if it was invoiced. */
export async function liveActionInvoice(tx: TransactionClient, organizationId: string, actionId: string, companyId: string) {
  return tx.invoice.findFirst({
    where: { organizationId, actionId, companyId, kind: "INVOICE", cancelledAt: null },
    select: { id: true, number: true },
  });
}
