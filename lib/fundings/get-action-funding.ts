import "server-only";
import { db } from "../db";
import { countsAgainstPrice } from "./funding-kinds";
import { loadFundingAction, type FundingAction, type FundingTarget } from "./funding-targets";
import { fundingRowSelect, toFundingRow, type FundingRow } from "./list-fundings";

export interface CompanyFunding {
  companyId: string;
  companyName: string;
  /** The company's INTRA, or each of its seats. */
  targets: FundingTarget[];
  fundings: FundingRow[];
  priceCents: number;
  /** Covered by fundings the funder has not refused. */
  fundedCents: number;
  /** What remains for the company to pay, excl. tax. */
  leftCents: number;
}

/**
 * An action's funding per company: its price for the company, each funding line, and what is left for the
 * company. `companyIds` narrows it to the extranet's viewed companies; without it (staff) every company of
 * the action. Another organisation's action: null.
 */
export async function getActionFunding({
  organizationId,
  actionId,
  companyIds,
}: {
  organizationId: string;
  actionId: string;
  companyIds?: string[];
}): Promise<{ action: FundingAction; companies: CompanyFunding[] } | null> {
  const [action, rows] = await Promise.all([
    loadFundingAction({ client: db, organizationId, actionId, companyIds }),
    db.funding.findMany({
      where: { organizationId, actionId, ...(companyIds ? { companyId: { in: companyIds } } : {}) },
      orderBy: { createdAt: "asc" },
      take: 500,
      select: fundingRowSelect,
    }),
  ]);
  if (!action) return null;
  const fundings = rows.map(toFundingRow);
  const byCompany = new Map<string, CompanyFunding>();
  for (const target of action.targets) {
    const entry = byCompany.get(target.companyId) ?? {
      companyId: target.companyId,
      companyName: target.companyName,
      targets: [],
      fundings: fundings.filter((funding) => funding.companyId === target.companyId),
      priceCents: 0,
      fundedCents: 0,
      leftCents: 0,
    };
    entry.targets.push(target);
    entry.priceCents += target.priceCents;
    byCompany.set(target.companyId, entry);
  }
  const companies = [...byCompany.values()].map((entry) => {
    const fundedCents = entry.fundings
      .filter((funding) => countsAgainstPrice(funding.status))
      .reduce((sum, funding) => sum + funding.amountCents, 0);
    return { ...entry, fundedCents, leftCents: Math.max(0, entry.priceCents - fundedCents) };
  });
  return { action, companies };
}
