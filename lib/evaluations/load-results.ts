import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { companiesActionWhere } from "../tenancy/company-action-where";
import { aggregateResults, type Results } from "./aggregate-results";
import type { ResultsQuery } from "./results-filters";

const MAX_ROWS = 20_000;
/** Below this many answers an action's figures are not shown to a company: one person's scores could be read from them. */
export const MIN_GROUP_ANSWERS = 3;

/** The sends a query covers, in the organisation (and, for a company's reader, the actions its seats attended). */
export function resultsWhere({ organizationId, query }: { organizationId: string; query: ResultsQuery }): Prisma.EvaluationSendWhereInput {
  const actionEnd = {
    ...(query.du ? { gte: new Date(`${query.du}T00:00:00Z`) } : {}),
    ...(query.au ? { lte: new Date(`${query.au}T00:00:00Z`) } : {}),
  };
  return {
    organizationId,
    sentAt: { not: null },
    cancelledAt: null,
    ...(query.type ? { kind: query.type } : {}),
    ...(query.action ? { actionId: query.action } : {}),
    ...(query.entreprise ? { companyId: query.entreprise } : {}),
    action: {
      ...(query.module ? { modules: { some: { moduleId: query.module } } } : {}),
      ...(query.formateur ? { trainers: { some: { trainerId: query.formateur } } } : {}),
      ...(query.du || query.au ? { endDate: actionEnd } : {}),
    },
  };
}

/**
 * Staff: the figures of every answer the query covers. A company (companyId given): the aggregated
 * figures of the actions its own seats attended (other companies' participants included, as figures
 * only) and the free texts of its own answers — never another company's individual answer; an action
 * with fewer than MIN_GROUP_ANSWERS answers is left out (and counted in `hiddenActions`).
 */
export async function loadResults({
  organizationId,
  query,
  viewerCompanyId,
}: {
  organizationId: string;
  query: ResultsQuery;
  viewerCompanyId?: string;
}): Promise<Results> {
  const where = resultsWhere({ organizationId, query });
  let scoped: Prisma.EvaluationSendWhereInput = viewerCompanyId
    ? { AND: [where, { action: companiesActionWhere({ organizationId, companyIds: [viewerCompanyId] }) }] }
    : where;
  let hiddenActions: string[] = [];
  if (viewerCompanyId) {
    const perAction = await db.evaluationSend.groupBy({
      by: ["actionId"],
      where: { AND: [scoped, { answeredAt: { not: null } }] },
      _count: { _all: true },
    });
    hiddenActions = perAction.filter((row) => row._count._all < MIN_GROUP_ANSWERS).map((row) => row.actionId);
    if (hiddenActions.length) scoped = { AND: [scoped, { actionId: { notIn: hiddenActions } }] };
  }
  const [sent, answered] = await Promise.all([
    db.evaluationSend.count({ where: scoped }),
    db.evaluationSend.findMany({
      where: { AND: [scoped, { answeredAt: { not: null } }] },
      select: { id: true, companyId: true, version: { select: { questions: true } }, answer: { select: { values: true } } },
      orderBy: { answeredAt: "desc" },
      take: MAX_ROWS,
    }),
  ]);
  const results = aggregateResults({
    sent,
    rows: answered.map((send) => ({
      questions: send.version.questions,
      values: send.answer?.values ?? {},
      showText: !viewerCompanyId || send.companyId === viewerCompanyId,
      sendId: viewerCompanyId ? undefined : send.id,
    })),
  });
  return { ...results, hiddenActions: hiddenActions.length };
}
