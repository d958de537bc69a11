import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

export interface GenerationChoices {
  actions: { id: string; number: string; title: string }[];
  /** For the chosen action: the companies taking part and their participants. */
  chosen: {
    id: string;
    companies: { id: string; name: string }[];
    participants: { id: string; name: string; companyName: string }[];
  } | null;
  companies: { id: string; name: string }[];
}

/** What the generation and upload forms offer: the organisation's actions, and for one action its companies and participants. */
export async function getGenerationChoices({ staff, actionId }: { staff: StaffContext; actionId?: string }): Promise<GenerationChoices> {
  const organizationId = staff.organizationId;
  const [actions, companies, action] = await Promise.all([
    db.trainingAction.findMany({
      where: { organizationId, status: { not: "DRAFT" } },
      orderBy: { startDate: "desc" },
      take: 300,
      select: { id: true, number: true, title: true },
    }),
    db.company.findMany({
      where: { organizationId, isIndividual: false },
      orderBy: { name: "asc" },
      take: 500,
      select: { id: true, name: true },
    }),
    actionId
      ? db.trainingAction.findFirst({
          where: { id: actionId, organizationId },
          select: {
            id: true,
            company: { select: { id: true, name: true } },
            enrolments: {
              where: { status: { not: "CANCELLED" } },
              take: 500,
              select: {
                company: { select: { id: true, name: true } },
                participant: { select: { id: true, firstName: true, lastName: true } },
              },
            },
          },
        })
      : null,
  ]);
  let chosen: GenerationChoices["chosen"] = null;
  if (action) {
    const byId = new Map<string, { id: string; name: string }>();
    if (action.company) byId.set(action.company.id, action.company);
    for (const enrolment of action.enrolments) byId.set(enrolment.company.id, enrolment.company);
    chosen = {
      id: action.id,
      companies: [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)),
      participants: action.enrolments
        .flatMap((enrolment) =>
          enrolment.participant
            ? [
                {
                  id: enrolment.participant.id,
                  name: `${enrolment.participant.firstName} ${enrolment.participant.lastName}`,
                  companyName: enrolment.company.name,
                },
              ]
            : [],
        )
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
  return { actions, companies, chosen };
}
