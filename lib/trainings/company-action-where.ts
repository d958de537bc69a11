import type { Prisma } from "../generated/prisma/client";
import type { ContactContext } from "../auth/require-contact";

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
