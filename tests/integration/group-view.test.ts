jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

import { idleState } from "@/lib/actions/action-state";
import { GROUP_VIEW_CHOICE } from "@/lib/auth/group-view-choice";
import { requireContact, SELECTED_COMPANY_COOKIE } from "@/lib/auth/require-contact";
import { selectCompany } from "@/lib/auth/select-company-action";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { queryCount } from "@/lib/db/client";
import { getCompanyDocument } from "@/lib/documents/get-company-document";
import { listCompanyDocuments } from "@/lib/documents/list-company-documents";
import { countWaitingCompanyEvaluations } from "@/lib/evaluations/list-company-evaluations";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { getParticipant } from "@/lib/participants/get-participant";
import { listParticipants } from "@/lib/participants/list-participants";
import { countPlaceholderSeats } from "@/lib/placeholders/count-placeholder-seats";
import { companyScope } from "@/lib/tenancy/company-scope";
import { viewedCompanies } from "@/lib/tenancy/viewed-companies";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listTickets } from "@/lib/tickets/list-tickets";
import { ticketIdsAwaitingCompany } from "@/lib/tickets/ticket-awaits-company";
import { actionFiltersSchema } from "@/lib/trainings/action-filters";
import { getCompanyAction } from "@/lib/trainings/get-company-action";
import { listCompanyActions } from "@/lib/trainings/list-company-actions";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, requestCookies, simulateRequest } from "../support/next-request-mock";

// The statement counter the benchmark uses (lib/db/client.ts), on before the shared client's first query.
process.env.PASSERELLE_BENCH_QUERY_COUNT = "1";

const run = `g${Date.now().toString(36)}`;
const formapro = DEMO_ORGANIZATIONS.formapro.id;
const horizon = DEMO_ORGANIZATIONS.horizon.id;
const NOW = new Date("2026-06-15T12:00:00Z");

type Key = "parent" | "lyon" | "nantes" | "otherGroup" | "horizon";
interface Rows {
  companyId: string;
  participantId: string;
  documentId: string;
  invoiceId: string;
  actionId: string;
  ticketId: string;
}
const rows = {} as Record<Key, Rows>;

/** One of each list's rows for a company: a participant, a sent document, an invoice of 2026, an INTRA action, a ticket the organisation answered last. */
async function seedRows(organizationId: string, companyId: string, label: string): Promise<Rows> {
  const participant = await db.participant.create({ data: { organizationId, companyId, firstName: label, lastName: `Groupe${run}` } });
  const document = await db.document.create({
    data: {
      organizationId,
      companyId,
      kind: "OTHER",
      title: `Document ${label} ${run}`,
      storageKey: `tests/${run}/${label}.pdf`,
      sizeBytes: 1,
      sha256: "0".repeat(64),
      sentAt: new Date("2026-06-01"),
    },
  });
  const { lastInvoiceSequence } = await db.organization.update({
    where: { id: organizationId },
    data: { lastInvoiceSequence: { increment: 1 } },
  });
  const invoice = await db.invoice.create({
    data: {
      organizationId,
      companyId,
      sequence: lastInvoiceSequence,
      number: `${run}-${label}`,
      issueDate: new Date("2026-05-01"),
      dueDate: new Date("2026-06-01"),
      totalExclTaxCents: 10_000,
      vatCents: 2_000,
      totalInclTaxCents: 12_000,
    },
  });
  const action = await db.trainingAction.create({
    data: {
      organizationId,
      companyId,
      type: "INTRA",
      status: "SCHEDULED",
      number: `ADF_${run}_${label}`,
      title: `Intra ${label} ${run}`,
      startDate: new Date("2026-09-01"),
      endDate: new Date("2026-09-02"),
      durationHours: 14,
      maxPlaces: 10,
    },
  });
  const ticket = await db.qualityTicket.create({
    data: {
      organizationId,
      companyId,
      number: 800_000_000 + Math.floor(Math.random() * 100_000_000),
      category: "QUESTION",
      subject: `Ticket ${label} ${run}`,
      description: "Une question sur la formation.",
    },
  });
  await db.ticketMessage.createMany({
    data: [
      { organizationId, companyId, ticketId: ticket.id, fromStaff: false, body: "Question", createdAt: new Date("2026-06-01T08:00:00Z") },
      { organizationId, companyId, ticketId: ticket.id, fromStaff: true, body: "Précisez ?", createdAt: new Date("2026-06-02T08:00:00Z") },
    ],
  });
  return {
    companyId,
    participantId: participant.id,
    documentId: document.id,
    invoiceId: invoice.id,
    actionId: action.id,
    ticketId: ticket.id,
  };
}

beforeAll(async () => {
  // Another group of the same organisation: a parent and its subsidiary, which Groupe Martin's contact must never see.
  const otherParent = await db.company.create({ data: { organizationId: formapro, name: `Autre groupe ${run}` } });
  const otherSubsidiary = await db.company.create({
    data: { organizationId: formapro, parentId: otherParent.id, name: `Autre filiale ${run}` },
  });
  rows.parent = await seedRows(formapro, DEMO_COMPANIES.groupeMartin.id, "parent");
  rows.lyon = await seedRows(formapro, DEMO_COMPANIES.martinBoulangerieLyon.id, "lyon");
  rows.nantes = await seedRows(formapro, DEMO_COMPANIES.martinPatisserieNantes.id, "nantes");
  rows.otherGroup = await seedRows(formapro, otherSubsidiary.id, "other");
  rows.horizon = await seedRows(horizon, DEMO_COMPANIES.pharmacieDuParc.id, "horizon");
});

afterAll(() => db.$disconnect());

async function asMartin(selected?: string) {
  simulateRequest({
    host: DEMO_HOSTS.formapro,
    identity: await demoIdentity("groupeMartinContact"),
    cookies: selected ? { [SELECTED_COMPANY_COOKIE]: selected } : {},
  });
  return requireContact();
}

const group: Key[] = ["parent", "lyon", "nantes"];
const foreign: Key[] = ["otherGroup", "horizon"];
const idsOf = (field: keyof Rows, keys: Key[]) => keys.map((key) => rows[key][field]);

describe("the group view (Tout le groupe)", () => {
  it("is chosen in the switcher by a parent company's contact only, and keeps the own company for writes", async () => {
    await asMartin();
    expect(await selectCompany(idleState, formData({ companyId: GROUP_VIEW_CHOICE })).catch((error) => error.digest)).toMatch(
      /^NEXT_REDIRECT/,
    );
    expect(requestCookies()[SELECTED_COMPANY_COOKIE]).toBe(GROUP_VIEW_CHOICE);
    const context = await asMartin(GROUP_VIEW_CHOICE);
    expect(context.groupView).toBe(true);
    expect(context.company.id).toBe(DEMO_COMPANIES.groupeMartin.id);
    expect(companyScope(context).companyId).toBe(DEMO_COMPANIES.groupeMartin.id);

    // A company without subsidiaries gets no group view, even with the cookie.
    simulateRequest({
      host: DEMO_HOSTS.formaproNantes,
      identity: await demoIdentity("transportsRiviereContact"),
      cookies: { [SELECTED_COMPANY_COOKIE]: GROUP_VIEW_CHOICE },
    });
    const single = await requireContact();
    expect(single.groupView).toBe(false);
    expect(await selectCompany(idleState, formData({ companyId: GROUP_VIEW_CHOICE }))).toMatchObject({
      status: "error",
      fieldErrors: { companyId: ["unknown_company"] },
    });
  });

  it("lists the rows of the parent and both subsidiaries, never another group's or organisation's", async () => {
    const context = await asMartin(GROUP_VIEW_CHOICE);
    const filters = actionFiltersSchema.parse({ q: run });
    const [participants, documents, invoices, actions, tickets] = await Promise.all([
      listParticipants({ context, q: `Groupe${run}` }),
      listCompanyDocuments({ context }),
      listInvoices({ context, year: 2026, now: NOW }),
      listCompanyActions({ context, filters, now: NOW }),
      listTickets({ scope: { organizationId: formapro, companyId: { in: viewedCompanies(context).companyIds } }, take: 500 }),
    ]);
    const ids = {
      participant: participants.rows.map((row) => row.id),
      document: documents.documents.map((row) => row.id),
      invoice: invoices.rows.map((row) => row.id),
      action: actions.rows.map((row) => row.id),
      ticket: tickets.map((row) => row.id),
    };
    expect(ids.participant).toEqual(expect.arrayContaining(idsOf("participantId", group)));
    expect(ids.document).toEqual(expect.arrayContaining(idsOf("documentId", group)));
    expect(ids.invoice).toEqual(expect.arrayContaining(idsOf("invoiceId", group)));
    expect(ids.action).toEqual(expect.arrayContaining(idsOf("actionId", group)));
    expect(ids.ticket).toEqual(expect.arrayContaining(idsOf("ticketId", group)));
    for (const key of foreign) {
      expect(ids.participant).not.toContain(rows[key].participantId);
      expect(ids.document).not.toContain(rows[key].documentId);
      expect(ids.invoice).not.toContain(rows[key].invoiceId);
      expect(ids.action).not.toContain(rows[key].actionId);
      expect(ids.ticket).not.toContain(rows[key].ticketId);
    }
    // The company column names each row's company.
    expect(participants.rows.find((row) => row.id === rows.lyon.participantId)?.companyId).toBe(rows.lyon.companyId);
    expect(actions.rows.find((row) => row.id === rows.nantes.actionId)?.companyIds).toEqual([rows.nantes.companyId]);
    expect(invoices.rows.find((row) => row.id === rows.nantes.invoiceId)?.companyId).toBe(rows.nantes.companyId);

    // Without the group view the parent company sees its own rows only.
    const own = await asMartin();
    const ownParticipants = await listParticipants({ context: own, q: `Groupe${run}` });
    expect(ownParticipants.rows.map((row) => row.id)).toEqual([rows.parent.participantId]);
  });

  it("narrows each list to one company of the group; any other company id answers not found", async () => {
    const context = await asMartin(GROUP_VIEW_CHOICE);
    const lyon = rows.lyon.companyId;
    expect((await listParticipants({ context, q: `Groupe${run}`, companyId: lyon })).rows.map((row) => row.id)).toEqual([
      rows.lyon.participantId,
    ]);
    expect((await listCompanyDocuments({ context, companyId: lyon })).documents.every((row) => row.companyId === lyon)).toBe(true);
    expect((await listInvoices({ context, year: 2026, companyId: lyon, now: NOW })).rows.every((row) => row.companyId === lyon)).toBe(true);
    const lyonActions = await listCompanyActions({ context, filters: actionFiltersSchema.parse({ q: run, entreprise: lyon }), now: NOW });
    expect(lyonActions.rows.map((row) => row.id)).toEqual([rows.lyon.actionId]);

    for (const key of foreign) {
      const companyId = rows[key].companyId;
      expect(await isNotFound(listParticipants({ context, companyId }))).toBe(true);
      expect(await isNotFound(listCompanyDocuments({ context, companyId }))).toBe(true);
      expect(await isNotFound(listInvoices({ context, companyId }))).toBe(true);
      expect(await isNotFound(listCompanyActions({ context, filters: actionFiltersSchema.parse({ entreprise: companyId }) }))).toBe(true);
    }
    // Outside the group view the filter accepts only the company shown.
    const own = await asMartin();
    expect(await isNotFound(listParticipants({ context: own, companyId: lyon }))).toBe(true);
    expect((await listParticipants({ context: own, q: `Groupe${run}`, companyId: own.company.id })).rows).toHaveLength(1);
  });

  it("opens a subsidiary's rows from the lists, and answers not found for another group's or organisation's", async () => {
    const context = await asMartin(GROUP_VIEW_CHOICE);
    for (const key of ["lyon", "nantes"] as const) {
      expect((await getParticipant({ context, participantId: rows[key].participantId })).id).toBe(rows[key].participantId);
      expect((await getCompanyDocument({ context, documentId: rows[key].documentId })).id).toBe(rows[key].documentId);
      expect((await getInvoice({ context, invoiceId: rows[key].invoiceId })).id).toBe(rows[key].invoiceId);
      expect((await getCompanyAction({ context, actionId: rows[key].actionId })).id).toBe(rows[key].actionId);
      const scope = { organizationId: formapro, companyId: { in: viewedCompanies(context).companyIds } };
      expect((await getTicket({ scope, ticketId: rows[key].ticketId })).companyId).toBe(rows[key].companyId);
    }
    for (const key of foreign) {
      expect(await isNotFound(getParticipant({ context, participantId: rows[key].participantId }))).toBe(true);
      expect(await isNotFound(getCompanyDocument({ context, documentId: rows[key].documentId }))).toBe(true);
      expect(await isNotFound(getInvoice({ context, invoiceId: rows[key].invoiceId }))).toBe(true);
      expect(await isNotFound(getCompanyAction({ context, actionId: rows[key].actionId }))).toBe(true);
    }
    // Without the group view a subsidiary's row is another company's.
    const own = await asMartin();
    expect(await isNotFound(getParticipant({ context: own, participantId: rows.lyon.participantId }))).toBe(true);
    expect(await isNotFound(getInvoice({ context: own, invoiceId: rows.nantes.invoiceId }))).toBe(true);
  });

  it("adds up the group on the dashboard, with its tickets awaiting an answer, in a fixed number of statements", async () => {
    const own = await asMartin();
    const ownDashboard = await getDashboard({ scope: viewedCompanies(own), now: NOW });
    const context = await asMartin(GROUP_VIEW_CHOICE);
    const before = queryCount();
    const [dashboard] = await Promise.all([
      getDashboard({ scope: viewedCompanies(context), now: NOW }),
      countPlaceholderSeats({ context, now: NOW }),
      countWaitingCompanyEvaluations({ scope: companyScope(context) }),
    ]);
    const statements = queryCount() - before;
    // The page adds the session's statements (site, session, its touch): the view stays within 12.
    expect(statements).toBeGreaterThanOrEqual(8);
    expect(statements).toBeLessThanOrEqual(10);

    expect(dashboard.ticketsAwaitingCompany).toBe(ownDashboard.ticketsAwaitingCompany + 2);
    expect(dashboard.openTickets).toBe(ownDashboard.openTickets + 2);
    const awaiting = await ticketIdsAwaitingCompany(viewedCompanies(context));
    expect(awaiting).toEqual(expect.arrayContaining(idsOf("ticketId", group)));
    expect(awaiting).not.toContain(rows.otherGroup.ticketId);
    expect(awaiting).not.toContain(rows.horizon.ticketId);

    // The company answers: its ticket no longer awaits it.
    await db.ticketMessage.create({
      data: { organizationId: formapro, companyId: rows.lyon.companyId, ticketId: rows.lyon.ticketId, fromStaff: false, body: "Voici." },
    });
    expect(await ticketIdsAwaitingCompany(viewedCompanies(context))).not.toContain(rows.lyon.ticketId);
  });
});

function formData(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}
