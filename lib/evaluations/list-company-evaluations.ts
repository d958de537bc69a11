import "server-only";
import { db } from "../db";

type Scope = { organizationId: string; companyId: string };

const waiting = (scope: Scope) => ({ ...scope, kind: "COMPANY" as const, sentAt: { not: null }, cancelledAt: null, answeredAt: null });

/** The company questionnaires of the contact's company: those waiting for an answer, then those answered. */
export async function listCompanyEvaluations({ scope }: { scope: Scope }) {
  const select = {
    id: true,
    sentAt: true,
    answeredAt: true,
    action: { select: { number: true, title: true } },
    version: { select: { template: { select: { title: true } } } },
  } as const;
  const [toAnswer, answered] = await Promise.all([
    db.evaluationSend.findMany({ where: waiting(scope), orderBy: { sentAt: "desc" }, select, take: 100 }),
    db.evaluationSend.findMany({
      where: { ...scope, kind: "COMPANY", answeredAt: { not: null } },
      orderBy: { answeredAt: "desc" },
      select,
      take: 100,
    }),
  ]);
  return { toAnswer, answered };
}

/** How many company questionnaires wait for the company (the dashboard's reminder). */
export function countWaitingCompanyEvaluations({ scope }: { scope: Scope }): Promise<number> {
  return db.evaluationSend.count({ where: waiting(scope) });
}
