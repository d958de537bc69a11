jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { z } from "zod";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { COMPANY_SORTS, listCompanies } from "@/lib/crm/list-companies";
import { db } from "@/lib/db";
import { directionFilter, sortFilter } from "@/lib/http/request-params";
import { INVOICE_SORTS, listInvoices } from "@/lib/invoices/list-invoices";
import { listOrganizationDocuments } from "@/lib/documents/list-organization-documents";
import { listEmails } from "@/lib/emails/list-emails";
import { listParticipants } from "@/lib/participants/list-participants";
import { TICKET_SORTS, listTickets } from "@/lib/tickets/list-tickets";
import { actionFiltersSchema } from "@/lib/trainings/action-filters";
import { listCompanyActions } from "@/lib/trainings/list-company-actions";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

const run = `s${Date.now().toString(36)}`;
const formapro = DEMO_ORGANIZATIONS.formapro.id;
const martin = DEMO_COMPANIES.groupeMartin.id;

afterAll(async () => {
  await db.emailOutbox.deleteMany({ where: { organizationId: formapro, subject: run } });
  await db.$disconnect();
});

async function asMartin() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
  return requireContact();
}

const sorted = <T>(values: T[], compare: (a: T, b: T) => number) => [...values].sort(compare);
const byNumber = (a: number, b: number) => a - b;

describe("sortable lists", () => {
  it("read their column and order from the query string, with a default for anything unknown", () => {
    const schema = z.object({ tri: sortFilter(INVOICE_SORTS, "issueDate"), ordre: directionFilter });
    expect(schema.parse({ tri: "total", ordre: "asc" })).toEqual({ tri: "total", ordre: "asc" });
    expect(schema.parse({ tri: "password", ordre: "sideways" })).toEqual({ tri: "issueDate", ordre: undefined });
    expect(schema.parse({ tri: ["dueDate", "total"] })).toEqual({ tri: "dueDate", ordre: undefined });
    expect(actionFiltersSchema.parse({ tri: "id;drop" }).tri).toBe("startDate");
  });

  it("order invoices by total both ways, and by due date", async () => {
    const { lastInvoiceSequence } = await db.organization.update({
      where: { id: formapro },
      data: { lastInvoiceSequence: { increment: 3 } },
    });
    for (const [index, cents] of [30_000, 10_000, 20_000].entries()) {
      await db.invoice.create({
        data: {
          organizationId: formapro,
          companyId: martin,
          sequence: lastInvoiceSequence - index,
          number: `${run}-${index}`,
          issueDate: new Date("2019-03-01"),
          dueDate: new Date(`2019-04-0${index + 1}`),
          totalExclTaxCents: cents,
          vatCents: 0,
          totalInclTaxCents: cents,
        },
      });
    }
    const context = await asMartin();
    const totals = async (direction: "asc" | "desc") =>
      (await listInvoices({ context, year: 2019, sort: "total", direction })).rows.map((row) => row.totalInclTaxCents);
    expect(await totals("asc")).toEqual([10_000, 20_000, 30_000]);
    expect(await totals("desc")).toEqual([30_000, 20_000, 10_000]);
    const due = (await listInvoices({ context, year: 2019, sort: "dueDate", direction: "asc" })).rows.map((row) => row.dueDate.getTime());
    expect(due).toEqual(sorted(due, byNumber));
  });

  it("order participants, trainings and the admin's companies by the chosen column", async () => {
    const context = await asMartin();
    const names = (await listParticipants({ context, sort: "name", direction: "desc" })).rows.map((row) => row.lastName);
    expect(names).toEqual(sorted(names, (a, b) => b.localeCompare(a, "fr")));

    const titles = (await listCompanyActions({ context, filters: actionFiltersSchema.parse({ tri: "title", ordre: "asc" }) })).rows.map(
      (row) => row.title,
    );
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toEqual(sorted(titles, (a, b) => a.localeCompare(b, "fr")));

    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproManager") });
    const staff = await requireStaff();
    expect(COMPANY_SORTS).toContain("contacts");
    const counts = (await listCompanies({ staff, sort: "contacts", direction: "desc" })).items.map((row) => row.contactCount);
    expect(counts).toEqual(sorted(counts, (a, b) => b - a));
  });

  it("order the admin's documents, email log and tickets by the chosen column, stable across pages", async () => {
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
    const staff = await requireStaff();
    // Sent emails that no job will pick up, so the log has rows whatever ran before.
    await db.emailOutbox.createMany({
      data: ["c", "a", "b"].map((letter) => ({
        organizationId: formapro,
        template: "sort-test",
        to: `${letter}-${run}@example.test`,
        subject: run,
        html: "",
        text: "",
        status: "SENT" as const,
        sentAt: new Date(),
      })),
    });
    const recipients = (await listEmails({ staff, sort: "to", direction: "asc" })).items.map((row) => row.to);
    expect(recipients.length).toBeGreaterThan(1);
    expect(recipients).toEqual(sorted(recipients, (a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const newest = (await listEmails({ staff })).items.map((row) => row.createdAt.getTime());
    expect(newest).toEqual(sorted(newest, (a, b) => b - a));

    const titles = (await listOrganizationDocuments({ staff, sort: "title", direction: "asc" })).map((row) => row.title);
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toEqual(sorted(titles, (a, b) => a.localeCompare(b, "und")));
    const sent = (await listOrganizationDocuments({ staff, sort: "sentAt", direction: "desc" })).map(
      (row) => row.sentAt?.getTime() ?? null,
    );
    const firstUnsent = sent.indexOf(null);
    expect(sent.slice(0, firstUnsent < 0 ? undefined : firstUnsent)).toEqual(
      sorted(
        sent.filter((value) => value !== null),
        (a, b) => b! - a!,
      ).slice(0, firstUnsent < 0 ? undefined : firstUnsent),
    );
    if (firstUnsent >= 0) expect(sent.slice(firstUnsent).every((value) => value === null)).toBe(true);

    const scope = { organizationId: formapro };
    expect(TICKET_SORTS).toEqual(["receivedAt", "number", "company", "status"]);
    const numbers = (await listTickets({ scope, page: 1, sort: "number", direction: "asc" })).map((row) => row.number);
    expect(numbers).toEqual(sorted(numbers, byNumber));
    const companies = (await listTickets({ scope, page: 1, sort: "company", direction: "desc" })).map((row) => row.companyName);
    expect(companies).toEqual(sorted(companies, (a, b) => b.localeCompare(a, "und")));
    // Twice the same sort, the same order: the id breaks ties.
    const twice = await Promise.all([1, 2].map(() => listTickets({ scope, page: 1, sort: "status", direction: "asc" })));
    expect(twice[0]!.map((row) => row.id)).toEqual(twice[1]!.map((row) => row.id));
    // The default keeps the newest received first.
    const received = (await listTickets({ scope, page: 1 })).map((row) => row.receivedAt.getTime());
    expect(received).toEqual(sorted(received, (a, b) => b - a));
  });
});
