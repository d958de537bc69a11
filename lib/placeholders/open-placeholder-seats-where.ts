import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";
import { companyActionWhere } from "../tenancy/company-action-where";

/** The company's placeholder seats still to name: unnamed, not cancelled, in an action that has not ended. */
export function openPlaceholderSeatsWhere({ context, actionId, now }: { context: ContactContext; actionId?: string; now: Date }) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return {
    ...companyScope(context),
    participantId: null,
    status: { not: "CANCELLED" as const },
    ...(actionId ? { actionId } : {}),
    action: { AND: [companyActionWhere(context), { endDate: { gte: today }, status: { not: "CANCELLED" as const } }] },
  };
}
