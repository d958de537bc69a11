import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";

export interface ParticipantChoice {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  jobTitle: string | null;
}

/** The company's own participants matching a search (name or email): never another company's. */
export async function searchCompanyParticipants({
  context,
  q,
  take = 20,
}: {
  context: ContactContext;
  q?: string;
  take?: number;
}): Promise<ParticipantChoice[]> {
  const where: Prisma.ParticipantWhereInput = { ...companyScope(context) };
  const words = (q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length > 0) {
    where.AND = words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" as const } },
        { lastName: { contains: word, mode: "insensitive" as const } },
        { email: { contains: word, mode: "insensitive" as const } },
      ],
    }));
  }
  return db.participant.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take,
    select: { id: true, firstName: true, lastName: true, email: true, jobTitle: true },
  });
}
