import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";
import { companyActionWhere } from "../tenancy/company-action-where";

export interface CompanyOverview {
  participantCount: number;
  upcomingActionCount: number;
}

export async function getCompanyOverview({ context, now = new Date() }: { context: ContactContext; now?: Date }): Promise<CompanyOverview> {
  const [participantCount, upcomingActionCount] = await Promise.all([
    db.participant.count({ where: companyScope(context) }),
    db.trainingAction.count({ where: { AND: [companyActionWhere(context), { startDate: { gte: now }, status: { not: "CANCELLED" } }] } }),
  ]);
  return { participantCount, upcomingActionCount };
}
