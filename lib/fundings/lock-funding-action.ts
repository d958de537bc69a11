import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import { loadFundingAction, type FundingAction } from "./funding-targets";

/**
 * The action with what can be funded on it, its row locked until the transaction ends: fundings and
 * invoices of one action are written one transaction at a time (no two fundings past the price, no two issues).
 */
export async function lockFundingAction(tx: TransactionClient, organizationId: string, actionId: string): Promise<FundingAction | null> {
  await tx.$executeRaw`SELECT 1 FROM "TrainingAction" WHERE "organizationId" = ${organizationId} AND "id" = ${actionId} FOR UPDATE`;
  return loadFundingAction({ client: tx, organizationId, actionId });
}
