import type { Prisma } from "../../lib/generated/prisma/client";
import type { TransactionClient } from "../../lib/db/create-prisma-client";

/** A row with the id the seed chose for it (ids are derived from the row's identity, see seed-ids.ts). */
type WithId<T> = T & { id: string };

/** A file to put in the storage before the rows that name it are written. */
export interface DemoFile {
  key: string;
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Everything the seed writes, built in memory first (so PDFs are rendered and files stored outside the
 * transaction), then inserted table by table with createMany.
 */
export interface DemoRows {
  organizations: WithId<Prisma.OrganizationCreateManyInput>[];
  centres: WithId<Prisma.CentreCreateManyInput>[];
  domains: WithId<Prisma.DomainCreateManyInput>[];
  users: WithId<Prisma.UserCreateManyInput>[];
  totpCredentials: Prisma.TotpCredentialCreateManyInput[];
  companies: WithId<Prisma.CompanyCreateManyInput>[];
  contacts: WithId<Prisma.ContactCreateManyInput>[];
  accesses: WithId<Prisma.ExtranetAccessCreateManyInput>[];
  invitations: WithId<Prisma.InvitationCreateManyInput>[];
  managerAssignments: WithId<Prisma.ManagerAssignmentCreateManyInput>[];
  participants: WithId<Prisma.ParticipantCreateManyInput>[];
  trainers: WithId<Prisma.TrainerCreateManyInput>[];
  locations: WithId<Prisma.LocationCreateManyInput>[];
  modules: WithId<Prisma.ModuleCreateManyInput>[];
  companyPrices: WithId<Prisma.CompanyPriceCreateManyInput>[];
  actions: WithId<Prisma.TrainingActionCreateManyInput>[];
  actionModules: Prisma.ActionModuleCreateManyInput[];
  actionTrainers: Prisma.ActionTrainerCreateManyInput[];
  slots: WithId<Prisma.SlotCreateManyInput>[];
  orders: WithId<Prisma.OrderCreateManyInput>[];
  orderLines: WithId<Prisma.OrderLineCreateManyInput>[];
  enrolments: WithId<Prisma.EnrolmentCreateManyInput>[];
  fundings: WithId<Prisma.FundingCreateManyInput>[];
  attendances: WithId<Prisma.AttendanceCreateManyInput>[];
  documents: WithId<Prisma.DocumentCreateManyInput>[];
  signatureRequests: WithId<Prisma.SignatureRequestCreateManyInput>[];
  signatureEvents: WithId<Prisma.SignatureEventCreateManyInput>[];
  invoices: WithId<Prisma.InvoiceCreateManyInput>[];
  invoiceLines: WithId<Prisma.InvoiceLineCreateManyInput>[];
  payments: WithId<Prisma.PaymentCreateManyInput>[];
  intraRequests: WithId<Prisma.IntraRequestCreateManyInput>[];
  folders: WithId<Prisma.FileFolderCreateManyInput>[];
  tickets: WithId<Prisma.QualityTicketCreateManyInput>[];
  ticketMessages: WithId<Prisma.TicketMessageCreateManyInput>[];
  storedFiles: WithId<Prisma.StoredFileCreateManyInput>[];
  auditEvents: WithId<Prisma.AuditEventCreateManyInput>[];
  evaluationTemplates: WithId<Prisma.EvaluationTemplateCreateManyInput>[];
  evaluationTemplateVersions: WithId<Prisma.EvaluationTemplateVersionCreateManyInput>[];
  evaluationRules: WithId<Prisma.EvaluationRuleCreateManyInput>[];
  evaluationSends: WithId<Prisma.EvaluationSendCreateManyInput>[];
  evaluationAnswers: WithId<Prisma.EvaluationAnswerCreateManyInput>[];
  quoteCounters: Prisma.QuoteCounterCreateManyInput[];
  quotes: WithId<Prisma.QuoteCreateManyInput>[];
  quoteLines: WithId<Prisma.QuoteLineCreateManyInput>[];
  files: DemoFile[];
}

export type DemoTable = Exclude<keyof DemoRows, "files">;

export function emptyDemoRows(): DemoRows {
  return {
    organizations: [],
    centres: [],
    domains: [],
    users: [],
    totpCredentials: [],
    companies: [],
    contacts: [],
    accesses: [],
    managerAssignments: [],
    invitations: [],
    participants: [],
    trainers: [],
    locations: [],
    modules: [],
    companyPrices: [],
    actions: [],
    actionModules: [],
    actionTrainers: [],
    slots: [],
    orders: [],
    orderLines: [],
    enrolments: [],
    fundings: [],
    attendances: [],
    documents: [],
    signatureRequests: [],
    signatureEvents: [],
    invoices: [],
    invoiceLines: [],
    payments: [],
    intraRequests: [],
    folders: [],
    tickets: [],
    ticketMessages: [],
    storedFiles: [],
    auditEvents: [],
    evaluationTemplates: [],
    evaluationTemplateVersions: [],
    evaluationRules: [],
    evaluationSends: [],
    evaluationAnswers: [],
    quoteCounters: [],
    quotes: [],
    quoteLines: [],
    files: [],
  };
}

/**
 * Inserts every table in foreign-key order. Parents come before children inside a table too (companies
 * before their subsidiaries, folders before sub-folders), and the builders push them in that order.
 */
export async function writeDemoRows(tx: TransactionClient, rows: DemoRows): Promise<Record<DemoTable, number>> {
  const counts = {} as Record<DemoTable, number>;
  const insert = async (table: DemoTable, createMany: () => Promise<{ count: number }>) => {
    counts[table] = rows[table].length === 0 ? 0 : (await createMany()).count;
  };
  await insert("organizations", () => tx.organization.createMany({ data: rows.organizations }));
  await insert("centres", () => tx.centre.createMany({ data: rows.centres }));
  await insert("domains", () => tx.domain.createMany({ data: rows.domains }));
  await insert("users", () => tx.user.createMany({ data: rows.users }));
  await insert("totpCredentials", () => tx.totpCredential.createMany({ data: rows.totpCredentials }));
  await insert("companies", () => tx.company.createMany({ data: rows.companies }));
  await insert("contacts", () => tx.contact.createMany({ data: rows.contacts }));
  await insert("accesses", () => tx.extranetAccess.createMany({ data: rows.accesses }));
  await insert("invitations", () => tx.invitation.createMany({ data: rows.invitations }));
  await insert("participants", () => tx.participant.createMany({ data: rows.participants }));
  await insert("managerAssignments", () => tx.managerAssignment.createMany({ data: rows.managerAssignments }));
  await insert("trainers", () => tx.trainer.createMany({ data: rows.trainers }));
  await insert("locations", () => tx.location.createMany({ data: rows.locations }));
  await insert("modules", () => tx.module.createMany({ data: rows.modules }));
  await insert("companyPrices", () => tx.companyPrice.createMany({ data: rows.companyPrices }));
  await insert("actions", () => tx.trainingAction.createMany({ data: rows.actions }));
  await insert("actionModules", () => tx.actionModule.createMany({ data: rows.actionModules }));
  await insert("actionTrainers", () => tx.actionTrainer.createMany({ data: rows.actionTrainers }));
  await insert("slots", () => tx.slot.createMany({ data: rows.slots }));
  await insert("orders", () => tx.order.createMany({ data: rows.orders }));
  await insert("orderLines", () => tx.orderLine.createMany({ data: rows.orderLines }));
  await insert("enrolments", () => tx.enrolment.createMany({ data: rows.enrolments }));
  await insert("fundings", () => tx.funding.createMany({ data: rows.fundings }));
  await insert("attendances", () => tx.attendance.createMany({ data: rows.attendances }));
  await insert("documents", () => tx.document.createMany({ data: rows.documents }));
  await insert("signatureRequests", () => tx.signatureRequest.createMany({ data: rows.signatureRequests }));
  await insert("signatureEvents", () => tx.signatureEvent.createMany({ data: rows.signatureEvents }));
  await insert("invoices", () => tx.invoice.createMany({ data: rows.invoices }));
  await insert("invoiceLines", () => tx.invoiceLine.createMany({ data: rows.invoiceLines }));
  await insert("payments", () => tx.payment.createMany({ data: rows.payments }));
  await insert("intraRequests", () => tx.intraRequest.createMany({ data: rows.intraRequests }));
  await insert("folders", () => tx.fileFolder.createMany({ data: rows.folders }));
  await insert("tickets", () => tx.qualityTicket.createMany({ data: rows.tickets }));
  await insert("ticketMessages", () => tx.ticketMessage.createMany({ data: rows.ticketMessages }));
  await insert("storedFiles", () => tx.storedFile.createMany({ data: rows.storedFiles }));
  await insert("auditEvents", () => tx.auditEvent.createMany({ data: rows.auditEvents }));
  await insert("evaluationTemplates", () => tx.evaluationTemplate.createMany({ data: rows.evaluationTemplates }));
  await insert("evaluationTemplateVersions", () => tx.evaluationTemplateVersion.createMany({ data: rows.evaluationTemplateVersions }));
  await insert("evaluationRules", () => tx.evaluationRule.createMany({ data: rows.evaluationRules }));
  await insert("evaluationSends", () => tx.evaluationSend.createMany({ data: rows.evaluationSends }));
  await insert("evaluationAnswers", () => tx.evaluationAnswer.createMany({ data: rows.evaluationAnswers }));
  await insert("quoteCounters", () => tx.quoteCounter.createMany({ data: rows.quoteCounters }));
  await insert("quotes", () => tx.quote.createMany({ data: rows.quotes }));
  await insert("quoteLines", () => tx.quoteLine.createMany({ data: rows.quoteLines }));
  return counts;
}
