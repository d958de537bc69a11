import { z } from "zod";
import { db } from "../../db";
import type { Document, Invoice, QualityTicket } from "../../generated/prisma/client";
import { DocumentKind } from "../../generated/prisma/enums";
import { apiId, dateTime, day, definedWhere, iso, isoDay, queryFilter } from "../api-schemas";
import { readOperations } from "../read-operations";

// Read-only records: documents (metadata, not the file), invoices and quality tickets.

const document = z
  .object({
    id: apiId,
    companyId: apiId,
    actionId: apiId.nullable(),
    participantId: apiId.nullable(),
    kind: z.enum(DocumentKind),
    title: z.string(),
    mimeType: z.string(),
    sizeBytes: z.int(),
    sha256: z.string(),
    sentAt: dateTime.nullable(),
    createdAt: dateTime,
  })
  .meta({ id: "Document" });
const documentDto = (row: Document) => ({
  id: row.id,
  companyId: row.companyId,
  actionId: row.actionId,
  participantId: row.participantId,
  kind: row.kind,
  title: row.title,
  mimeType: row.mimeType,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  sentAt: iso(row.sentAt),
  createdAt: iso(row.createdAt)!,
});

const invoice = z
  .object({
    id: apiId,
    companyId: apiId,
    actionId: apiId.nullable(),
    kind: z.enum(["INVOICE", "CREDIT_NOTE"]),
    number: z.string(),
    issueDate: day,
    dueDate: day,
    totalExclTaxCents: z.int(),
    vatCents: z.int(),
    totalInclTaxCents: z.int(),
    paidCents: z.int(),
    cancelledAt: dateTime.nullable(),
    creditedInvoiceId: apiId.nullable(),
  })
  .meta({ id: "Invoice" });
const invoiceDto = (row: Invoice) => ({
  id: row.id,
  companyId: row.companyId,
  actionId: row.actionId,
  kind: row.kind,
  number: row.number,
  issueDate: isoDay(row.issueDate)!,
  dueDate: isoDay(row.dueDate)!,
  totalExclTaxCents: row.totalExclTaxCents,
  vatCents: row.vatCents,
  totalInclTaxCents: row.totalInclTaxCents,
  paidCents: row.paidCents,
  cancelledAt: iso(row.cancelledAt),
  creditedInvoiceId: row.creditedInvoiceId,
});

const ticketStatus = z.enum(["OPEN", "ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED", "CLOSED"]);
const ticketCategory = z.enum(["RECLAMATION", "INCIDENT", "SUGGESTION", "QUESTION", "APPRECIATION"]);
const ticket = z
  .object({
    id: apiId,
    companyId: apiId,
    actionId: apiId.nullable(),
    number: z.int(),
    category: ticketCategory,
    status: ticketStatus,
    severity: z.enum(["LOW", "MEDIUM", "HIGH"]).nullable(),
    subject: z.string(),
    description: z.string(),
    receivedAt: dateTime,
    acknowledgedAt: dateTime.nullable(),
    resolvedAt: dateTime.nullable(),
    closedAt: dateTime.nullable(),
  })
  .meta({ id: "Ticket" });
const ticketDto = (row: QualityTicket) => ({
  id: row.id,
  companyId: row.companyId,
  actionId: row.actionId,
  number: row.number,
  category: row.category,
  status: row.status,
  severity: row.severity,
  subject: row.subject,
  description: row.description,
  receivedAt: iso(row.receivedAt)!,
  acknowledgedAt: iso(row.acknowledgedAt),
  resolvedAt: iso(row.resolvedAt),
  closedAt: iso(row.closedAt),
});

const byCompanyAndAction = { companyId: queryFilter(apiId), actionId: queryFilter(apiId) };

export const recordOperations = [
  ...readOperations({
    resource: "documents",
    singular: "Document",
    plural: "the documents (metadata)",
    one: "a document's metadata",
    schema: document,
    toDto: documentDto,
    filters: { ...byCompanyAndAction, participantId: queryFilter(apiId), kind: queryFilter(document.shape.kind) },
    filterWhere: (query) =>
      definedWhere({ companyId: query.companyId, actionId: query.actionId, participantId: query.participantId, kind: query.kind }),
    findMany: (args) => db.document.findMany(args),
  }),
  ...readOperations({
    resource: "invoices",
    singular: "Invoice",
    plural: "the invoices and credit notes",
    one: "an invoice",
    schema: invoice,
    toDto: invoiceDto,
    filters: { ...byCompanyAndAction, kind: queryFilter(invoice.shape.kind) },
    filterWhere: (query) => definedWhere({ companyId: query.companyId, actionId: query.actionId, kind: query.kind }),
    findMany: (args) => db.invoice.findMany(args),
  }),
  ...readOperations({
    resource: "tickets",
    singular: "Ticket",
    plural: "the quality tickets",
    one: "a quality ticket",
    schema: ticket,
    toDto: ticketDto,
    filters: { ...byCompanyAndAction, status: queryFilter(ticketStatus), category: queryFilter(ticketCategory) },
    filterWhere: (query) =>
      definedWhere({ companyId: query.companyId, actionId: query.actionId, status: query.status, category: query.category }),
    findMany: (args) => db.qualityTicket.findMany(args),
  }),
];
