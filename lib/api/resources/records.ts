import { z } from "zod";
import { db } from "../../db";
import type { Document, Invoice, QualityTicket } from "../../generated/prisma/client";
import {
  afterId,
  apiId,
  dateTime,
  day,
  definedWhere,
  idPathParams,
  iso,
  isoDay,
  listQuery,
  listResponse,
  pageOf,
  queryFilter,
} from "../api-schemas";
import { defineApiOperation } from "../define-api-route";
import { notFoundProblem } from "../problem";

// Read-only records: documents (metadata, not the file), invoices and quality tickets.

const document = z
  .object({
    id: apiId,
    companyId: apiId,
    actionId: apiId.nullable(),
    participantId: apiId.nullable(),
    kind: z.enum([
      "CONVENTION",
      "CONVOCATION",
      "PROGRAMME",
      "CERTIFICAT_REALISATION",
      "ATTESTATION_ASSIDUITE",
      "FEUILLE_EMARGEMENT",
      "OTHER",
    ]),
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
  defineApiOperation({
    id: "listDocuments",
    method: "GET",
    path: "/documents",
    summary: "List the documents (metadata)",
    scope: "documents:read",
    query: listQuery({ ...byCompanyAndAction, participantId: queryFilter(apiId), kind: queryFilter(document.shape.kind) }),
    response: listResponse(document),
    handler: async ({ query }, { organizationId }) => {
      const rows = await db.document.findMany({
        where: {
          organizationId,
          ...afterId(query.after),
          ...definedWhere({ companyId: query.companyId, actionId: query.actionId, participantId: query.participantId, kind: query.kind }),
        },
        orderBy: { id: "asc" },
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, documentDto);
    },
  }),
  defineApiOperation({
    id: "getDocument",
    method: "GET",
    path: "/documents/{id}",
    summary: "Get a document's metadata",
    scope: "documents:read",
    params: idPathParams,
    response: document,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.document.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return documentDto(row);
    },
  }),
  defineApiOperation({
    id: "listInvoices",
    method: "GET",
    path: "/invoices",
    summary: "List the invoices and credit notes",
    scope: "invoices:read",
    query: listQuery({ ...byCompanyAndAction, kind: queryFilter(invoice.shape.kind) }),
    response: listResponse(invoice),
    handler: async ({ query }, { organizationId }) => {
      const rows = await db.invoice.findMany({
        where: {
          organizationId,
          ...afterId(query.after),
          ...definedWhere({ companyId: query.companyId, actionId: query.actionId, kind: query.kind }),
        },
        orderBy: { id: "asc" },
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, invoiceDto);
    },
  }),
  defineApiOperation({
    id: "getInvoice",
    method: "GET",
    path: "/invoices/{id}",
    summary: "Get an invoice",
    scope: "invoices:read",
    params: idPathParams,
    response: invoice,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.invoice.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return invoiceDto(row);
    },
  }),
  defineApiOperation({
    id: "listTickets",
    method: "GET",
    path: "/tickets",
    summary: "List the quality tickets",
    scope: "tickets:read",
    query: listQuery({ ...byCompanyAndAction, status: queryFilter(ticketStatus), category: queryFilter(ticketCategory) }),
    response: listResponse(ticket),
    handler: async ({ query }, { organizationId }) => {
      const rows = await db.qualityTicket.findMany({
        where: {
          organizationId,
          ...afterId(query.after),
          ...definedWhere({ companyId: query.companyId, actionId: query.actionId, status: query.status, category: query.category }),
        },
        orderBy: { id: "asc" },
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, ticketDto);
    },
  }),
  defineApiOperation({
    id: "getTicket",
    method: "GET",
    path: "/tickets/{id}",
    summary: "Get a quality ticket",
    scope: "tickets:read",
    params: idPathParams,
    response: ticket,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.qualityTicket.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return ticketDto(row);
    },
  }),
];
