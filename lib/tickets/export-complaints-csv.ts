import "server-only";
import { csvDateTime as date, excelCsv } from "../csv/excel-csv";
import { db } from "../db";
import { TICKET_STATUS_LABELS } from "./ticket-workflow";

const SEVERITY = { LOW: "faible", MEDIUM: "moyenne", HIGH: "élevée" } as const;
const HEADERS = [
  "Numéro",
  "Date de réception",
  "Entreprise",
  "Auteur",
  "Objet",
  "Description",
  "Action de formation",
  "Gravité",
  "Responsable",
  "Date d’accusé de réception",
  "Analyse",
  "Action corrective",
  "Date de résolution",
  "Date de clôture",
  "Statut",
];

/**
 * The organisation's complaints (réclamations) with their handling, for a Qualiopi audit (indicator 31):
 * CSV for Excel (UTF-8 BOM, `;` separator, CRLF, French headers). With `action`, every ticket linked to
 * that action (of one company when named), whatever its category: the audit pack's.
 */
export async function exportComplaintsCsv({
  organizationId,
  action,
  take = 5000,
}: {
  organizationId: string;
  action?: { id: string; companyId?: string };
  take?: number;
}): Promise<string> {
  const tickets = await db.qualityTicket.findMany({
    where: action
      ? { organizationId, actionId: action.id, ...(action.companyId ? { companyId: action.companyId } : {}) }
      : { organizationId, category: "RECLAMATION" },
    include: { company: { select: { name: true } }, action: { select: { number: true, title: true } } },
    orderBy: { number: "asc" },
    take,
  });
  const userIds = [
    ...new Set(tickets.flatMap((ticket) => [ticket.authorUserId, ticket.ownerUserId]).filter((id): id is string => Boolean(id))),
  ];
  const users = await db.user.findMany({
    where: { organizationId, id: { in: userIds } },
    select: { id: true, firstName: true, lastName: true },
    take: userIds.length || 1,
  });
  const nameOf = (id: string | null) => {
    const user = users.find((candidate) => candidate.id === id);
    return user ? `${user.firstName} ${user.lastName}` : "";
  };
  return excelCsv(
    HEADERS,
    tickets.map((ticket) => [
      ticket.number,
      date(ticket.receivedAt),
      ticket.company.name,
      nameOf(ticket.authorUserId),
      ticket.subject,
      ticket.description,
      ticket.action ? `${ticket.action.number} ${ticket.action.title}` : "",
      ticket.severity ? SEVERITY[ticket.severity] : "",
      nameOf(ticket.ownerUserId),
      date(ticket.acknowledgedAt),
      ticket.analysis,
      ticket.correctiveAction,
      date(ticket.resolvedAt),
      date(ticket.closedAt),
      TICKET_STATUS_LABELS[ticket.status],
    ]),
  );
}
