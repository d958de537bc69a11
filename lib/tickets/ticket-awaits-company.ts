import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

/**
 * A ticket awaits the company when the organisation wrote its latest message (it answered, asked a question
 * or described a fix): the SQL condition on a ticket id expression, for the ticket's open statuses only.
 */
export function ticketAwaitsCompanySql(ticketId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT m."fromStaff" FROM "TicketMessage" m WHERE m."ticketId" = ${ticketId} ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 1)`;
}

/** The ids of the companies' open tickets that await them (the ticket list's "à vous de répondre" filter). */
export async function ticketIdsAwaitingCompany({
  organizationId,
  companyIds,
}: {
  organizationId: string;
  companyIds: string[];
}): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT t."id" FROM "QualityTicket" t
    WHERE t."organizationId" = ${organizationId} AND t."companyId" = ANY(${companyIds}) AND t."status" NOT IN ('RESOLVED', 'CLOSED')
      AND ${ticketAwaitsCompanySql(Prisma.raw('t."id"'))}`;
  return rows.map((row) => row.id);
}
