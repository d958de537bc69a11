import "server-only";
import type { ContactContext } from "../auth/require-contact";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { companyActionWhere } from "../tenancy/company-action-where";

// The actions an evaluation was sent for, latest ended first: the results filter's choices, always within the viewer's scope.

const evaluatedActions = (where: Prisma.TrainingActionWhereInput) =>
  db.trainingAction.findMany({
    where,
    orderBy: { endDate: "desc" },
    select: { id: true, number: true, title: true },
    take: 300,
  });

/** The organisation's evaluated actions, for staff. */
export function listEvaluatedActions({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return evaluatedActions({ organizationId: staff.organizationId, evaluationSends: { some: {} } });
}

/** The evaluated actions the contact's company may open (the extranet's access rule for actions). */
export function listCompanyEvaluatedActions({ context }: { context: Pick<ContactContext, "organizationId" | "company"> }) {
  return evaluatedActions({ AND: [companyActionWhere(context), { evaluationSends: { some: {} } }] });
}
