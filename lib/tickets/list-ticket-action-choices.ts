import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { companyActionWhere } from "../tenancy/company-action-where";

/** The company's training actions a new ticket may be about, newest first (the extranet's access rule). */
export function listTicketActionChoices({ context }: { context: ContactContext }) {
  return db.trainingAction.findMany({
    where: companyActionWhere(context),
    select: { id: true, number: true, title: true },
    orderBy: { startDate: "desc" },
    take: 100,
  });
}
