import "server-only";
import { db } from "../db";
import type { TransactionClient } from "../db/create-prisma-client";
import { EVENT_PAYLOADS, type EventData, type EventType } from "../events/event-types";
import type { DomainEvent } from "../generated/prisma/client";
import { createNotifications, type NewNotification } from "./create-notifications";

type Producer<T extends EventType> = (
  tx: TransactionClient,
  event: { organizationId: string; createdAt: Date },
  data: EventData<T>,
) => Promise<Omit<NewNotification, "organizationId"> | null>;

const PARIS_DAY = new Intl.DateTimeFormat("fr-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** The events that notify a company's contacts, and what each one tells them. */
const PRODUCERS: { [T in EventType]?: Producer<T> } = {
  "signature.requested": async (tx, { organizationId }, data) => {
    const document = await tx.document.findFirst({
      where: { organizationId, companyId: data.companyId, id: data.documentId },
      select: { title: true },
    });
    if (!document) return null;
    return {
      companyId: data.companyId,
      kind: "DOCUMENT_TO_SIGN",
      sourceKey: data.signatureRequestId,
      data: { subject: document.title, href: `/documents/${data.documentId}` },
      onlyContactIds: [data.signerContactId],
    };
  },
  "invoice.issued": async (_tx, _event, data) => ({
    companyId: data.companyId,
    kind: "INVOICE_ISSUED",
    sourceKey: data.invoiceId,
    data: { subject: data.number, href: `/factures/${data.invoiceId}` },
  }),
  "order.decided": async (tx, { organizationId }, data) => {
    if (!data.companyId) return null; // a visitor's order: no extranet to tell
    const order = await tx.order.findFirst({ where: { organizationId, id: data.orderId }, select: { contactId: true } });
    return {
      companyId: data.companyId,
      kind: "ORDER_DECIDED",
      sourceKey: data.orderId,
      data: { subject: data.number, href: "/catalogue/commandes", status: data.status },
      onlyContactIds: order?.contactId ? [order.contactId] : undefined,
    };
  },
  "ticket.answered": async (tx, { organizationId }, data) => {
    const ticket = await tx.qualityTicket.findFirst({
      where: { organizationId, companyId: data.companyId, id: data.ticketId },
      select: { authorUserId: true },
    });
    if (!ticket) return null;
    const author = ticket.authorUserId
      ? await tx.extranetAccess.findFirst({ where: { organizationId, userId: ticket.authorUserId }, select: { contactId: true } })
      : null;
    return {
      companyId: data.companyId,
      kind: "TICKET_ANSWERED",
      sourceKey: data.messageId,
      data: { subject: `n° ${data.number}`, href: `/qualite/${data.ticketId}` },
      onlyContactIds: author ? [author.contactId] : undefined,
    };
  },
  "evaluation.requested": async (tx, { organizationId }, data) => {
    const action = await tx.trainingAction.findFirst({ where: { organizationId, id: data.actionId }, select: { title: true } });
    if (!action) return null;
    return {
      companyId: data.companyId,
      kind: "EVALUATION_TO_ANSWER",
      sourceKey: data.evaluationId,
      data: { subject: action.title, href: `/evaluations/${data.evaluationId}` },
    };
  },
  "attendance.recorded": async (tx, { organizationId, createdAt }, data) => {
    // Absent or late, recorded the day of the slot: news the company can still act on.
    if (data.status !== "ABSENT" && data.status !== "LATE") return null;
    if (PARIS_DAY.format(new Date(data.slotStartsAt)) !== PARIS_DAY.format(createdAt)) return null;
    const enrolment = await tx.enrolment.findFirst({
      where: { organizationId, companyId: data.companyId, id: data.enrolmentId },
      select: { actionId: true, action: { select: { title: true } }, participant: { select: { firstName: true, lastName: true } } },
    });
    if (!enrolment?.participant) return null;
    return {
      companyId: data.companyId,
      kind: "ATTENDANCE_ISSUE",
      sourceKey: `${data.attendanceId}:${data.status}`,
      data: {
        subject: enrolment.action.title,
        href: `/formations/${enrolment.actionId}`,
        detail: `${enrolment.participant.firstName} ${enrolment.participant.lastName}`,
        status: data.status,
      },
    };
  },
};

/** The notification consumer of domain events (lib/events/dispatch-event.ts): safe to run twice. */
export async function notificationsFromEvent(event: Pick<DomainEvent, "organizationId" | "type" | "payload" | "createdAt">): Promise<void> {
  const type = event.type as EventType;
  const produce = PRODUCERS[type] as Producer<typeof type> | undefined;
  if (!produce) return;
  const data = EVENT_PAYLOADS[type].parse(event.payload);
  await db.$transaction(async (tx) => {
    const notification = await produce(tx, event, data);
    if (notification) await createNotifications(tx, { organizationId: event.organizationId, ...notification });
  });
}
