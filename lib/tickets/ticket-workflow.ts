import type { TicketStatus } from "../generated/prisma/enums";

/** ouvert → pris en compte → en cours → résolu → clos; a resolved ticket may go back to "en cours" (reopened). */
const ALLOWED: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: ["ACKNOWLEDGED"],
  ACKNOWLEDGED: ["IN_PROGRESS"],
  IN_PROGRESS: ["RESOLVED"],
  RESOLVED: ["CLOSED", "IN_PROGRESS"],
  CLOSED: [],
};

export const TICKET_STATUSES = ["OPEN", "ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const satisfies readonly TicketStatus[];
export const TICKET_CATEGORIES = ["RECLAMATION", "INCIDENT", "SUGGESTION", "QUESTION", "APPRECIATION"] as const;

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function nextStatuses(from: TicketStatus): readonly TicketStatus[] {
  return ALLOWED[from];
}

function days(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** How long a contact may reopen a resolved ticket (TICKET_REOPEN_DAYS, default 15 days). */
export function reopenDelayMs(env: Record<string, string | undefined> = process.env): number {
  return days(env.TICKET_REOPEN_DAYS, 15) * 86_400_000;
}

/** How long an open ticket may wait for its acknowledgement (TICKET_ACK_DAYS, default 2 days). */
export function acknowledgementDelayMs(env: Record<string, string | undefined> = process.env): number {
  return days(env.TICKET_ACK_DAYS, 2) * 86_400_000;
}

export function canReopen(ticket: { status: TicketStatus; resolvedAt: Date | null }, now = new Date()): boolean {
  return ticket.status === "RESOLVED" && ticket.resolvedAt !== null && now.getTime() - ticket.resolvedAt.getTime() <= reopenDelayMs();
}

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  OPEN: "ouvert",
  ACKNOWLEDGED: "pris en compte",
  IN_PROGRESS: "en cours",
  RESOLVED: "résolu",
  CLOSED: "clos",
};
