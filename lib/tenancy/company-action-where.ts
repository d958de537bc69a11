import type { Prisma } from "../generated/prisma/client";
import type { ContactContext } from "../auth/require-contact";
import type { Database } from "../db/create-prisma-client";

/**
 * The access rule for training actions in the extranet: an action of this organisation that is the
 * company's INTRA, or in which one of the company's employees holds a seat that is not cancelled.
 */
export function companyActionWhere(context: Pick<ContactContext, "organizationId" | "company">): Prisma.TrainingActionWhereInput {
  return companiesActionWhere({ organizationId: context.organizationId, companyIds: [context.company.id] });
}

/** The same rule for a set of companies the contact may open (a parent company and its subsidiaries). */
export function companiesActionWhere({
  organizationId,
  companyIds,
}: {
  organizationId: string;
  companyIds: string[];
}): Prisma.TrainingActionWhereInput {
  const companyId = { in: companyIds };
  return {
    organizationId,
    OR: [{ type: "INTRA", companyId }, { enrolments: { some: { companyId, status: { not: "CANCELLED" } } } }],
  };
}

/**
 * The ids of the actions that rule gives, read as a union of its two sources (the companies' seats, their
 * INTRA actions): on a large organisation the OR of both makes PostgreSQL test every action of the
 * organisation, ten times slower than starting from the company's own rows.
 */
export async function companiesActionIds(
  db: Pick<Database, "$queryRaw">,
  { organizationId, companyIds }: { organizationId: string; companyIds: string[] },
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e."actionId" AS "id" FROM "Enrolment" e
    WHERE e."organizationId" = ${organizationId} AND e."companyId" = ANY(${companyIds}) AND e."status" <> 'CANCELLED'
    UNION
    SELECT a."id" FROM "TrainingAction" a
    WHERE a."organizationId" = ${organizationId} AND a."type" = 'INTRA' AND a."companyId" = ANY(${companyIds})`;
  return rows.map((row) => row.id);
}
