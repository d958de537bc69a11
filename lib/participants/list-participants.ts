import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { Prisma } from "../generated/prisma/client";
import { companyScope } from "../tenancy/company-scope";
import { managerParticipantWhere } from "../tenancy/contact-permissions";

export const PARTICIPANTS_PAGE_SIZE = 25;

export interface ParticipantRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  jobTitle: string | null;
  /** Seats that are not cancelled. */
  trainingCount: number;
}

export interface ParticipantPage {
  rows: ParticipantRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** The company's participants from the CRM (a MANAGER's: its own), searched and paginated in the database. */
export async function listParticipants({
  context,
  q = "",
  page = 1,
}: {
  context: ContactContext;
  q?: string;
  page?: number;
}): Promise<ParticipantPage> {
  const search = q.trim();
  const where: Prisma.ParticipantWhereInput = {
    ...companyScope(context),
    ...managerParticipantWhere(context),
    ...(search
      ? {
          OR: [
            { lastName: { contains: search, mode: "insensitive" } },
            { firstName: { contains: search, mode: "insensitive" } },
            { email: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, participants] = await Promise.all([
    db.participant.count({ where }),
    db.participant.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (page - 1) * PARTICIPANTS_PAGE_SIZE,
      take: PARTICIPANTS_PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        jobTitle: true,
        _count: { select: { enrolments: { where: { status: { not: "CANCELLED" } } } } },
      },
    }),
  ]);
  return {
    rows: participants.map(({ _count, ...participant }) => ({ ...participant, trainingCount: _count.enrolments })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PARTICIPANTS_PAGE_SIZE)),
  };
}
