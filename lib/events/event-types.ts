import { z } from "zod";

// Every domain event and the payload it carries: the one contract between the features that emit events
// and those that consume them (webhooks, notifications). Payloads name ids and the few facts a receiver
// needs to decide what to fetch from the API; they never carry a person's contact details.

const id = z.string().min(1).max(40);
const enrolmentStatus = z.enum(["PENDING", "CONFIRMED", "WAITLISTED", "CANCELLED"]);

export const EVENT_PAYLOADS = {
  "enrolment.created": z.object({
    enrolmentId: id,
    actionId: id,
    companyId: id,
    participantId: id.nullable(),
    status: enrolmentStatus,
    orderId: id.nullable(),
  }),
  "enrolment.changed": z.object({
    enrolmentId: id,
    actionId: id,
    companyId: id,
    participantId: id.nullable(),
    status: enrolmentStatus,
    /** What changed: its status (confirmed, cancelled…) or the participant of a placeholder seat. */
    change: z.enum(["status", "participant"]),
  }),
  "document.signed": z.object({
    documentId: id,
    signatureRequestId: id,
    companyId: id,
    signerContactId: id,
    signedAt: z.iso.datetime(),
    signedSha256: z.string().length(64),
  }),
  "order.placed": z.object({
    orderId: id,
    number: z.string(),
    companyId: id.nullable(),
    status: z.enum(["PENDING", "CONFIRMED"]),
    totalExclTaxCents: z.int(),
  }),
  "ticket.created": z.object({
    ticketId: id,
    number: z.int(),
    companyId: id,
    actionId: id.nullable(),
    category: z.enum(["RECLAMATION", "INCIDENT", "SUGGESTION", "QUESTION", "APPRECIATION"]),
  }),
  "evaluation.answered": z.object({
    evaluationId: id,
    responseId: id,
    companyId: id,
    actionId: id.nullable(),
    participantId: id.nullable(),
  }),
  "invoice.paid": z.object({
    invoiceId: id,
    number: z.string(),
    companyId: id,
    totalInclTaxCents: z.int(),
    paidCents: z.int(),
    paidAt: z.iso.date(),
  }),
  "invoice.issued": z.object({
    invoiceId: id,
    number: z.string(),
    companyId: id,
    totalInclTaxCents: z.int(),
    dueDate: z.iso.date(),
  }),
  "signature.requested": z.object({
    signatureRequestId: id,
    documentId: id,
    companyId: id,
    signerContactId: id,
  }),
  "order.decided": z.object({
    orderId: id,
    number: z.string(),
    companyId: id.nullable(),
    status: z.enum(["CONFIRMED", "DECLINED"]),
  }),
  "ticket.answered": z.object({
    ticketId: id,
    number: z.int(),
    companyId: id,
    messageId: id,
  }),
  /** A company questionnaire (évaluation entreprise) was sent: it waits in the extranet for one answer. */
  "evaluation.requested": z.object({
    evaluationId: id,
    companyId: id,
    actionId: id,
  }),
  "attendance.recorded": z.object({
    attendanceId: id,
    slotId: id,
    enrolmentId: id,
    companyId: id,
    participantId: id.nullable(),
    status: z.enum(["PRESENT", "ABSENT", "LATE", "EXCUSED"]),
    slotStartsAt: z.iso.datetime(),
  }),
};

export type EventType = keyof typeof EVENT_PAYLOADS;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as [EventType, ...EventType[]];
export const eventTypeSchema = z.enum(EVENT_TYPES);
