import type { Prisma } from "../generated/prisma/client";
import type { ContactContext } from "../auth/require-contact";

/**
 * The access rule for training actions in the extranet: an action of this organisation that is the
 * company's INTRA, or in which one of the company's employees holds a seat that is not cancelled.
 */
export function companyActionWhere(context: Pick<ContactContext, "organizationId" | "company">): Prisma.TrainingActionWhereInput {
  const companyId = context.company.id;
  return {
    organizationId: context.organizationId,
    OR: [{ type: "INTRA", companyId }, { enrolments: { some: { companyId, status: { not: "CANCELLED" } } } }],
  };
}
