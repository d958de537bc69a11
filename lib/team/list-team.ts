import "server-only";
import { fullName } from "./full-name";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { AccessStatus, ContactRole } from "../generated/prisma/enums";
import { companyScope } from "../tenancy/company-scope";

const MAX_ROWS = 200;

export interface TeamAccess {
  id: string;
  contactId: string;
  name: string;
  email: string | null;
  role: ContactRole;
  status: AccessStatus;
  /** Only a MANAGER's. */
  participants: { id: string; name: string }[];
}

export interface Team {
  accesses: TeamAccess[];
  /** The company's CRM contacts with an email and no active access: whom the administrator may invite. */
  invitable: { id: string; name: string }[];
  /** The company's participants, for a MANAGER's list. */
  participants: { id: string; name: string }[];
}

/** The extranet accesses of the company shown (never another company's), for its administrator's /equipe page. */
export async function listTeam({ context }: { context: ContactContext }): Promise<Team> {
  const scope = companyScope(context);
  const [accesses, invitable, participants] = await Promise.all([
    db.extranetAccess.findMany({
      where: scope,
      orderBy: [{ contact: { lastName: "asc" } }, { contact: { firstName: "asc" } }, { id: "asc" }],
      take: MAX_ROWS,
      select: {
        id: true,
        role: true,
        status: true,
        contact: { select: { id: true, firstName: true, lastName: true, email: true } },
        user: { select: { email: true } },
        managerAssignments: {
          take: MAX_ROWS,
          orderBy: { participant: { lastName: "asc" } },
          select: { participant: { select: { id: true, firstName: true, lastName: true } } },
        },
      },
    }),
    db.contact.findMany({
      where: { ...scope, email: { not: null }, OR: [{ access: null }, { access: { status: { not: "ACTIVE" } } }] },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: MAX_ROWS,
      select: { id: true, firstName: true, lastName: true },
    }),
    db.participant.findMany({
      where: scope,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: MAX_ROWS * 2,
      select: { id: true, firstName: true, lastName: true },
    }),
  ]);
  return {
    accesses: accesses.map((access) => ({
      id: access.id,
      contactId: access.contact.id,
      name: fullName(access.contact),
      email: access.user?.email ?? access.contact.email,
      role: access.role,
      status: access.status,
      participants: access.managerAssignments.map(({ participant }) => ({ id: participant.id, name: fullName(participant) })),
    })),
    invitable: invitable.map((contact) => ({ id: contact.id, name: fullName(contact) })),
    participants: participants.map((participant) => ({ id: participant.id, name: fullName(participant) })),
  };
}
