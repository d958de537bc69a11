// Invoice issuing: staff invoice a company's part of an action, split by subrogation into the company's
// invoice and the granted funders' (exact cents, numbered without gaps, once even when two clicks race),
// cancel one by a credit note (administrators only), and the funders' invoices stay out of what the
// company is asked to pay. Another organisation's or company's ids answer not found.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { idleState } from "@/lib/actions/action-state";
import { requireContact } from "@/lib/auth/require-contact";
import { companyDashboardScope } from "@/lib/dashboard/dashboard-scope";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { saveFundingAction } from "@/lib/fundings/funding-actions";
import { facturXXml } from "@/lib/invoices/factur-x/factur-x-xml";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { getStaffInvoice } from "@/lib/invoices/get-staff-invoice";
import { creditInvoiceAction, issueActionInvoicesAction, recordPaymentAction } from "@/lib/invoices/invoice-actions";
import { issueActionInvoices } from "@/lib/invoices/issue-action-invoices";
import { nextInvoiceNumber } from "@/lib/invoices/next-invoice-number";
import { DEMO_COMPANIES, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { schematronFailures, xsdErrors } from "../support/factur-x-validation";
import { isNotFound, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(180_000);

const FORMAPRO = DEMO_ORGANIZATIONS.formapro.id;
const run = `inv${Date.now().toString(36)}`;
const PRICE = 100_000;

const as = async (login: keyof typeof DEMO_LOGINS) =>
  simulateRequest({ host: DEMO_LOGINS[login].host, identity: await demoIdentity(login) });
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const staffOf = async (login: "formaproAdmin" | "formaproManager") => {
  const user = await db.user.findFirstOrThrow({ where: { email: DEMO_LOGINS[login].email, kind: "STAFF" } });
  return { organizationId: FORMAPRO, user: { ...user, role: DEMO_LOGINS[login].staffRole! } };
};

let companyId = "";
let actionId = "";
let akto = "";
const seats: Record<"A" | "B", string> = { A: "", B: "" };

beforeAll(async () => {
  const company = await db.company.create({
    data: {
      organizationId: FORMAPRO,
      name: `Facturation ${run}`,
      siret: "55210055400013",
      address: "1 rue du Client",
      postalCode: "69003",
      city: "Lyon",
    },
  });
  companyId = company.id;
  const location = await db.location.create({
    data: { organizationId: FORMAPRO, name: `Salle ${run}`, address: "12 quai Rambaud", postalCode: "69002", city: "Lyon" },
  });
  const action = await db.trainingAction.create({
    data: {
      organizationId: FORMAPRO,
      number: `ADF_${run}`,
      type: "INTER",
      status: "COMPLETED",
      title: `Sauveteur secouriste ${run}`,
      startDate: new Date("2026-11-02"),
      endDate: new Date("2026-11-03"),
      durationHours: 14,
      maxPlaces: 10,
      priceCents: PRICE,
      locationId: location.id,
    },
  });
  actionId = action.id;
  for (const key of ["A", "B"] as const) {
    const participant = await db.participant.create({
      data: { organizationId: FORMAPRO, companyId, firstName: key, lastName: `Stagiaire${run}` },
    });
    seats[key] = (
      await db.enrolment.create({
        data: { organizationId: FORMAPRO, actionId, companyId, participantId: participant.id, status: "CONFIRMED" },
      })
    ).id;
  }
  const funding = (enrolmentId: string, fields: object) =>
    db.funding.create({ data: { organizationId: FORMAPRO, companyId, actionId, enrolmentId, amountCents: 0, ...fields } as never });
  akto = (
    await funding(seats.A, {
      funderKind: "OPCO",
      opco: "AKTO",
      agreementNumber: "AK-2026-1",
      amountCents: 60_000,
      status: "GRANTED",
      subrogation: true,
    })
  ).id;
  // Not subrogated: the company pays the whole seat and is reimbursed by the employee's CPF.
  await funding(seats.B, { funderKind: "CPF", amountCents: 30_000, status: "REQUESTED", subrogation: false });
});

afterAll(async () => {
  await db.invoice.deleteMany({ where: { organizationId: FORMAPRO, actionId, kind: "CREDIT_NOTE" } });
  await db.invoice.deleteMany({ where: { organizationId: FORMAPRO, actionId } });
  await db.trainingAction.deleteMany({ where: { organizationId: FORMAPRO, id: actionId } });
  await db.location.deleteMany({ where: { organizationId: FORMAPRO, name: `Salle ${run}` } });
  await db.participant.deleteMany({ where: { organizationId: FORMAPRO, lastName: `Stagiaire${run}` } });
  await db.company.deleteMany({ where: { organizationId: FORMAPRO, id: companyId } });
  await db.organization.deleteMany({ where: { slug: { startsWith: run } } });
  await db.$disconnect();
});

describe("invoice numbers", () => {
  it("never repeat nor leave a gap, under parallel issues and a rollback", async () => {
    const organization = await db.organization.create({ data: { slug: `${run}-numbers`, legalName: "Numérotation", shortName: "Num" } });
    const issueDate = new Date("2026-12-03");
    const take = (fail: boolean) =>
      db.$transaction(async (tx) => {
        const number = await nextInvoiceNumber({ tx, organizationId: organization.id, issueDate });
        if (fail) throw new Error("rolled back");
        return number;
      });
    const results = await Promise.allSettled([false, false, true, false, false, false, true, false].map(take));
    const numbers = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    expect(numbers.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(numbers.map((entry) => entry.number)).size).toBe(6);
    expect(numbers.find((entry) => entry.sequence === 6)?.number).toBe("FA-2026-00006");
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).lastInvoiceSequence).toBe(6);
  });
});

describe("issuing an action's invoices", () => {
  it("refuses while a subrogated funding is undecided, without using a number", async () => {
    await db.funding.update({ where: { id: akto }, data: { status: "REQUESTED" } });
    const before = (await db.organization.findUniqueOrThrow({ where: { id: FORMAPRO } })).lastInvoiceSequence;
    await as("formaproAdmin");
    expect(await issueActionInvoicesAction(idleState, form({ actionId, companyId }))).toMatchObject({
      status: "error",
      formError: "funding_pending",
    });
    expect(await db.invoice.count({ where: { actionId } })).toBe(0);
    await db.funding.update({ where: { id: akto }, data: { status: "GRANTED" } });
    expect((await db.organization.findUniqueOrThrow({ where: { id: FORMAPRO } })).lastInvoiceSequence).toBeGreaterThanOrEqual(before);
  });

  it("answers not found for another organisation's staff, a company without a seat and a bad id", async () => {
    await as("horizonAdmin");
    expect(await issueActionInvoicesAction(idleState, form({ actionId, companyId }))).toMatchObject({ formError: "not_found" });
    await as("formaproAdmin");
    expect(await issueActionInvoicesAction(idleState, form({ actionId, companyId: DEMO_COMPANIES.transportsRiviere.id }))).toMatchObject({
      formError: "not_found",
    });
    expect(await issueActionInvoicesAction(idleState, form({ actionId: "", companyId }))).toMatchObject({ status: "error" });
    expect(await db.invoice.count({ where: { actionId } })).toBe(0);
  });

  it("splits the price between the company and the subrogated funder, once when two clicks race", async () => {
    await as("formaproAdmin");
    const since = new Date();
    const results = await Promise.all([1, 2].map(() => issueActionInvoicesAction(idleState, form({ actionId, companyId }))));
    expect(results.filter((result) => result.status === "success")).toHaveLength(1);
    expect(results.find((result) => result.status === "error")).toMatchObject({ formError: "already_invoiced" });

    const invoices = await db.invoice.findMany({
      where: { organizationId: FORMAPRO, actionId },
      orderBy: { sequence: "asc" },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    expect(invoices).toHaveLength(2);
    const [own, funder] = invoices;
    expect(funder!.sequence).toBe(own!.sequence + 1);
    expect(own!.number).toBe(`FA-${new Date().getUTCFullYear()}-${String(own!.sequence).padStart(5, "0")}`);
    expect(own).toMatchObject({
      companyId,
      fundingId: null,
      totalExclTaxCents: 140_000,
      vatCents: 28_000,
      totalInclTaxCents: 168_000,
      deliveryAddress: "12 quai Rambaud",
      deliveryCity: "Lyon",
    });
    expect(own!.lines.map((line) => [line.label, line.unitPriceCents, line.vatRateBasisPoints])).toEqual([
      [`ADF_${run} — Sauveteur secouriste ${run} — A Stagiaire${run} — reste à charge après prise en charge par Akto`, 40_000, 2000],
      [`ADF_${run} — Sauveteur secouriste ${run} — B Stagiaire${run}`, PRICE, 2000],
    ]);
    expect(funder).toMatchObject({ companyId, fundingId: akto, totalExclTaxCents: 60_000, vatCents: 12_000, totalInclTaxCents: 72_000 });
    expect(own!.totalExclTaxCents + funder!.totalExclTaxCents).toBe(2 * PRICE);
    expect((own!.dueDate.getTime() - own!.issueDate.getTime()) / 86_400_000).toBe(30);

    // The company is told of its own invoice only; each invoice is audited.
    const events = await db.domainEvent.findMany({ where: { type: "invoice.issued", createdAt: { gte: since }, companyId } });
    expect(events.map((event) => (event.payload as { invoiceId: string }).invoiceId)).toEqual([own!.id]);
    expect(await db.auditEvent.count({ where: { action: "invoice.issued", targetId: { in: [own!.id, funder!.id] } } })).toBe(2);
  });

  it("freezes what the invoices bill: a new amount is refused, a granted share marked paid passes", async () => {
    await as("formaproAdmin");
    const base = {
      actionId,
      fundingId: akto,
      target: seats.A,
      funderKind: "OPCO",
      opco: "AKTO",
      agreementNumber: "AK-2026-1",
      subrogation: "on",
    };
    expect(await saveFundingAction(idleState, form({ ...base, amount: "500", status: "GRANTED" }))).toMatchObject({
      status: "error",
      formError: "action_invoiced",
    });
    expect(await saveFundingAction(idleState, form({ ...base, amount: "600", status: "PAID" }))).toEqual({
      status: "success",
      data: "saved",
    });
  });

  it("bills the funder on its Factur-X invoice, valid EN 16931, with the subrogation mention", async () => {
    const funder = await db.invoice.findFirstOrThrow({ where: { actionId, fundingId: akto } });
    const detail = await getStaffInvoice({ context: { organizationId: FORMAPRO }, invoiceId: funder.id });
    expect(detail.buyer).toMatchObject({ name: "Akto", siret: null });
    const xml = await facturXXml(detail);
    expect(xml).toContain("Akto");
    expect(xml).toContain(
      `Paiement par subrogation pour le compte de Facturation ${run} (SIRET 55210055400013), accord de prise en charge n° AK-2026-1.`,
    );
    expect(await xsdErrors(xml)).toEqual([]);
    expect(await schematronFailures(xml)).toEqual([]);
  });

  it("shows the invoice (its page, PDF and XML read getInvoice) to its company only: other companies and organisations get not found", async () => {
    const funder = await db.invoice.findFirstOrThrow({ where: { actionId, fundingId: akto } });
    const [martinInvoice] = await db.invoice.findMany({ where: { companyId: DEMO_COMPANIES.groupeMartin.id }, take: 1 });
    const read = async (login: "groupeMartinContact" | "pharmacieDuParcContact", invoiceId: string) => {
      await as(login);
      return !(await isNotFound(getInvoice({ context: await requireContact(), invoiceId })));
    };
    expect(await read("groupeMartinContact", funder.id)).toBe(false);
    expect(await read("pharmacieDuParcContact", funder.id)).toBe(false);
    expect(await read("groupeMartinContact", martinInvoice!.id)).toBe(true);
    expect(await read("pharmacieDuParcContact", martinInvoice!.id)).toBe(false);
  });

  it("keeps the funder's invoice out of what the company pays, is chased for and spends", async () => {
    const dashboard = await getDashboard({
      scope: companyDashboardScope({ organizationId: FORMAPRO, company: { id: companyId, name: "" } }),
    });
    expect(dashboard.invoices).toMatchObject({ unpaidCount: 1, unpaidCents: 168_000 });
    const spending = await db.companySpendingMonth.findMany({ where: { organizationId: FORMAPRO, companyId } });
    expect(spending.reduce((sum, row) => sum + Number(row.totalInclTaxCents), 0)).toBe(168_000);
  });
});

describe("credit notes", () => {
  it("are for administrators of the organisation only", async () => {
    const own = await db.invoice.findFirstOrThrow({ where: { actionId, fundingId: null } });
    await as("formaproManager");
    expect(await creditInvoiceAction(idleState, form({ invoiceId: own.id, actionId }))).toMatchObject({ formError: "not_found" });
    await as("horizonAdmin");
    expect(await creditInvoiceAction(idleState, form({ invoiceId: own.id, actionId }))).toMatchObject({ formError: "not_found" });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: own.id } })).cancelledAt).toBeNull();
  });

  it("cancel an invoice with the opposite amounts, once, and let the training be invoiced again", async () => {
    await as("formaproAdmin");
    const live = await db.invoice.findMany({ where: { actionId, kind: "INVOICE" }, orderBy: { sequence: "asc" } });
    const results = await Promise.all(
      [live[0]!, live[0]!, live[1]!].map((invoice) => creditInvoiceAction(idleState, form({ invoiceId: invoice.id, actionId }))),
    );
    expect(results.filter((result) => result.status === "success")).toHaveLength(2);
    expect(results.find((result) => result.status === "error")).toMatchObject({ formError: "already_cancelled" });

    const credit = await db.invoice.findFirstOrThrow({ where: { creditedInvoiceId: live[0]!.id }, include: { lines: true } });
    expect(credit).toMatchObject({
      kind: "CREDIT_NOTE",
      fundingId: null,
      totalExclTaxCents: -140_000,
      vatCents: -28_000,
      totalInclTaxCents: -168_000,
    });
    expect(credit.lines.map((line) => line.unitPriceCents).sort((a, b) => a - b)).toEqual([-PRICE, -40_000]);
    expect(credit.sequence).toBeGreaterThan(live[1]!.sequence);
    expect(await facturXXml(await getStaffInvoice({ context: { organizationId: FORMAPRO }, invoiceId: credit.id }))).toContain("381");
    expect(await db.auditEvent.count({ where: { action: "invoice.credited", targetId: live[0]!.id } })).toBe(1);

    // Every invoice cancelled: the action can be invoiced again (the funder's share is now marked paid).
    const staff = await staffOf("formaproAdmin");
    const again = await issueActionInvoices({ staff, actionId, companyId });
    expect(again).toMatchObject({ status: "issued" });
    expect(again?.status === "issued" && again.invoices.map((invoice) => invoice.fundingId)).toEqual([null, akto]);
  });

  it("refuse an invoice that has a payment", async () => {
    const own = await db.invoice.findFirstOrThrow({ where: { actionId, kind: "INVOICE", fundingId: null, cancelledAt: null } });
    await db.invoice.update({ where: { id: own.id }, data: { paidCents: 1000 } });
    await as("formaproAdmin");
    expect(await creditInvoiceAction(idleState, form({ invoiceId: own.id, actionId }))).toMatchObject({ formError: "invoice_paid" });
  });
});

describe("payments received by transfer or cheque", () => {
  it("are recorded by an administrator, up to what is due, dated between issue and today; the invoice follows", async () => {
    const funder = await db.invoice.findFirstOrThrow({ where: { actionId, fundingId: akto, kind: "INVOICE", cancelledAt: null } });
    const pay = (values: Record<string, string>) =>
      recordPaymentAction(
        idleState,
        form({ invoiceId: funder.id, actionId, paidAt: new Date().toISOString().slice(0, 10), method: "virement", ...values }),
      );
    await as("formaproManager");
    expect(await pay({ amount: "10" })).toMatchObject({ formError: "not_found" });
    await as("horizonAdmin");
    expect(await pay({ amount: "10" })).toMatchObject({ formError: "not_found" });
    await as("formaproAdmin");
    expect(await pay({ amount: "douze" })).toMatchObject({ fieldErrors: { amount: ["amount_invalid"] }, values: { amount: "douze" } });
    expect(await pay({ amount: "10", method: "bitcoin" })).toMatchObject({ fieldErrors: { method: ["method_required"] } });
    expect(await pay({ amount: "10", paidAt: "2999-01-01" })).toMatchObject({ fieldErrors: { paidAt: ["date_out_of_range"] } });
    expect(await pay({ amount: "720,01" })).toMatchObject({ fieldErrors: { amount: ["amount_over_due"] } });

    const since = new Date();
    expect(await pay({ amount: "700" })).toEqual({ status: "success", data: "payment_recorded" });
    expect(await pay({ amount: "20,00 €" })).toEqual({ status: "success", data: "payment_recorded" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: funder.id } })).toMatchObject({ paidCents: 72_000 });
    expect(await db.payment.findMany({ where: { invoiceId: funder.id }, select: { amountCents: true, method: true } })).toEqual([
      { amountCents: 70_000, method: "virement" },
      { amountCents: 2_000, method: "virement" },
    ]);
    expect(await db.domainEvent.count({ where: { type: "invoice.paid", companyId, createdAt: { gte: since } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "payment.recorded", targetId: funder.id } })).toBe(2);
    expect(await pay({ amount: "1" })).toMatchObject({ fieldErrors: { amount: ["amount_over_due"] } });
  });
});
