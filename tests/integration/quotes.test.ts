// Quotes (devis): gapless numbering under concurrency, acceptance by signature once under concurrency,
// an expired quote refused, a decline with its reason, conversion into INTER seats and an INTRA action,
// and another company's or organisation's quote answering not found everywhere. (jest cannot load
// @react-pdf/renderer: the quote PDF is a pdf-lib PDF here; the real one is checked in tests/e2e/quotes.spec.ts.)
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));
jest.mock("@/lib/quotes/render-quote-pdf", () => ({
  renderQuotePdf: jest.fn(async ({ data }: { data: { number: string } }) =>
    require("../support/test-pdf").makeTestPdf(`Devis ${data.number}`, 1),
  ),
}));

import { idleState } from "@/lib/actions/action-state";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { deliverableContent } from "@/lib/email/deliverable-content";
import { convertQuote } from "@/lib/quotes/convert-quote";
import { createQuote, type CreateQuoteInput } from "@/lib/quotes/create-quote";
import { getCompanyQuote } from "@/lib/quotes/get-company-quote";
import { getQuoteFormChoices } from "@/lib/quotes/get-quote-form-choices";
import { getStaffQuote } from "@/lib/quotes/get-staff-quote";
import { listCompanyQuotes, listStaffQuotes } from "@/lib/quotes/list-quotes";
import { convertQuoteAction, createQuoteAction, declineQuoteAction } from "@/lib/quotes/quote-actions";
import { renderQuotePdf } from "@/lib/quotes/render-quote-pdf";
import { sendSignatureCode } from "@/lib/signatures/send-signature-code";
import { signDocument } from "@/lib/signatures/sign-document";
import { utcToday } from "@/lib/trainings/utc-today";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";
import { pdfFormData } from "../support/test-pdf";

const FORMAPRO = DEMO_ORGANIZATIONS.formapro.id;
const MARTIN = DEMO_COMPANIES.groupeMartin.id;
const RIVIERE = DEMO_COMPANIES.transportsRiviere.id;
const PHARMACIE = DEMO_COMPANIES.pharmacieDuParc.id;
const origin = { ip: "198.51.100.42", userAgent: "jest-quotes" };
const inDays = (days: number) => new Date(utcToday().getTime() + days * 86_400_000);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const asFormapro = async () => simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
const asHorizon = async () => simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
const asMartin = async () => simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });

async function contactIdOf(email: string): Promise<string> {
  const user = await db.user.findFirstOrThrow({ where: { email }, select: { access: { select: { contactId: true } } } });
  return user.access!.contactId;
}

/** An upcoming INTER session of the organisation with at least `seats` seats left. */
async function openSession(organizationId: string, seats: number): Promise<{ id: string; maxPlaces: number }> {
  const sessions = await db.trainingAction.findMany({
    where: { organizationId, type: "INTER", status: "SCHEDULED", startDate: { gt: utcToday() } },
    orderBy: { startDate: "asc" },
    take: 20,
    select: { id: true, maxPlaces: true, _count: { select: { enrolments: { where: { status: { in: ["PENDING", "CONFIRMED"] } } } } } },
  });
  const found = sessions.find((session) => session.maxPlaces - session._count.enrolments >= seats);
  if (!found) throw new Error("no open session");
  return found;
}

async function staffOf(as: () => Promise<void>) {
  await as();
  return requireStaff();
}

async function interInput(companyId: string, contactId: string, sessionId: string, seats = 2): Promise<CreateQuoteInput> {
  return {
    companyId,
    contactId,
    type: "INTER",
    validUntil: inDays(30),
    conditions: "Règlement à 30 jours par virement.",
    participantCount: seats,
    lines: [{ itemId: `a:${sessionId}`, quantity: seats }],
  };
}

async function sentQuote(seats = 2): Promise<{ id: string; number: string; requestId: string; sessionId: string }> {
  const staff = await staffOf(asFormapro);
  const session = await openSession(FORMAPRO, seats);
  const result = await createQuote({
    staff,
    input: await interInput(MARTIN, await contactIdOf(DEMO_LOGINS.groupeMartinContact.email), session.id, seats),
  });
  if (result.status !== "created") throw new Error(`not created: ${JSON.stringify(result)}`);
  const quote = await db.quote.findUniqueOrThrow({ where: { id: result.id }, select: { signatureRequestId: true } });
  return { id: result.id, number: result.number, requestId: quote.signatureRequestId!, sessionId: session.id };
}

async function codeFor(requestId: string): Promise<string> {
  await asMartin();
  const context = await requireContact();
  expect(await sendSignatureCode({ context, requestId, origin })).toMatchObject({ status: "sent" });
  const email = await db.emailOutbox.findFirstOrThrow({
    where: { to: DEMO_LOGINS.groupeMartinContact.email, template: "signature-code" },
    orderBy: { createdAt: "desc" },
  });
  return /(\d{6})/.exec(deliverableContent(email).text)![1]!;
}

const signAs = (context: Awaited<ReturnType<typeof requireContact>>, requestId: string, code: string) =>
  signDocument({
    context,
    requestId,
    code,
    signerName: "Claire Martin",
    signerFunction: "Directrice",
    signature: { kind: "typed", text: "C. Martin" },
    origin,
  });

afterAll(() => db.$disconnect());

describe("quotes: writing and numbering (staff)", () => {
  it("numbers parallel creations DEV-YYYY-NNNN without gaps, and a failed creation gives its number back", async () => {
    const staff = await staffOf(asFormapro);
    const session = await openSession(FORMAPRO, 1);
    const input = await interInput(MARTIN, await contactIdOf(DEMO_LOGINS.groupeMartinContact.email), session.id, 1);
    const before = (await db.quoteCounter.findUnique({ where: { organizationId: FORMAPRO } }))?.lastSequence ?? 0;

    jest.mocked(renderQuotePdf).mockRejectedValueOnce(new Error("renderer down"));
    await expect(createQuote({ staff, input })).rejects.toThrow("renderer down");
    const results = await Promise.all(Array.from({ length: 6 }, () => createQuote({ staff, input })));

    const sequences = results.map((result) => (result.status === "created" ? Number(result.number.slice(-4)) : -1)).sort((a, b) => a - b);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6].map((step) => before + step));
    const year = new Date().getUTCFullYear();
    for (const result of results)
      expect(result).toMatchObject({ status: "created", number: expect.stringMatching(new RegExp(`^DEV-${year}-\\d{4}$`)) });
    // Each quote has its PDF (a company document) and a signature request for its contact, and the contact got the email.
    const quotes = await db.quote.findMany({
      where: { id: { in: results.map((result) => (result.status === "created" ? result.id : "")) } },
      include: { document: true },
    });
    expect(quotes.every((quote) => quote.document?.companyId === MARTIN && quote.signatureRequestId)).toBe(true);
    expect(
      await db.emailOutbox.count({
        where: { template: "quote-sent", subject: { in: quotes.map((quote) => `Devis ${quote.number} à accepter`) } },
      }),
    ).toBe(6);
  });

  it("prices lines at the company's price and refuses bad input with French field errors, values kept", async () => {
    await asFormapro();
    const claire = await contactIdOf(DEMO_LOGINS.groupeMartinContact.email);
    const moduleRow = await db.module.findFirstOrThrow({
      where: { organizationId: FORMAPRO, published: true },
      select: { id: true, defaultPriceCents: true },
    });
    const special = await db.companyPrice.upsert({
      where: { companyId_moduleId: { companyId: MARTIN, moduleId: moduleRow.id } },
      create: { organizationId: FORMAPRO, companyId: MARTIN, moduleId: moduleRow.id, priceCents: moduleRow.defaultPriceCents - 5000 },
      update: {},
    });
    const base = {
      companyId: MARTIN,
      contactId: claire,
      type: "INTRA",
      validUntil: isoDay(inDays(20)),
      conditions: "Acompte de 30 % à la commande.",
      participantCount: "6",
      startDate: isoDay(inDays(40)),
      endDate: isoDay(inDays(41)),
      item0: `m:${moduleRow.id}`,
      quantity0: "2",
    };
    const target = await redirectTarget(createQuoteAction(idleState, pdfFormData(base)));
    const created = await db.quote.findUniqueOrThrow({
      where: { id: target.split("/").at(-1)! },
      include: { lines: true },
    });
    expect(created.lines).toMatchObject([
      { moduleId: moduleRow.id, quantity: 2, unitPriceCents: special.priceCents, totalCents: 2 * special.priceCents },
    ]);
    expect(created.totalExclTaxCents).toBe(2 * special.priceCents);

    const past = await createQuoteAction(
      idleState,
      pdfFormData({ ...base, validUntil: isoDay(inDays(-1)), item0: "", conditions: "court" }),
    );
    expect(past).toMatchObject({
      status: "error",
      fieldErrors: { validUntil: ["valid_until_past"], item0: ["lines_required"], conditions: ["conditions_required"] },
      values: { conditions: "court" },
    });
    const session = await openSession(FORMAPRO, 1);
    expect(await createQuoteAction(idleState, pdfFormData({ ...base, item0: `a:${session.id}` }))).toMatchObject({
      status: "error",
      fieldErrors: { item0: ["lines_modules_only"] },
    });
    expect(await createQuoteAction(idleState, pdfFormData({ ...base, startDate: "" }))).toMatchObject({
      fieldErrors: { startDate: ["start_required"] },
    });
    // A contact of another company of the organisation is not a valid addressee.
    expect(
      await createQuoteAction(
        idleState,
        pdfFormData({ ...base, contactId: await contactIdOf(DEMO_LOGINS.transportsRiviereContact.email) }),
      ),
    ).toMatchObject({ fieldErrors: { contactId: ["contact_invalid"] } });
  });
});

describe("quotes: the contact's answer", () => {
  it("accepts by signing: two parallel signatures accept it once, and both sides are emailed", async () => {
    const quote = await sentQuote();
    const code = await codeFor(quote.requestId);
    await asMartin();
    const context = await requireContact();
    const shown = await getCompanyQuote({ context, quoteId: quote.id });
    expect(shown).toMatchObject({ status: "SENT", addressee: true, openRequestId: quote.requestId });

    const results = await Promise.all([signAs(context, quote.requestId, code), signAs(context, quote.requestId, code)]);
    expect(results.map((result) => result.status).sort()).toEqual(["refused", "signed"]);
    const row = await db.quote.findUniqueOrThrow({ where: { id: quote.id } });
    expect(row).toMatchObject({ status: "ACCEPTED", acceptedAt: expect.any(Date) });
    expect(await db.auditEvent.count({ where: { targetId: quote.id, action: "quote.accepted" } })).toBe(1);
    expect(
      await db.emailOutbox.count({ where: { template: "quote-accepted", subject: `Devis ${quote.number} accepté` } }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await db.emailOutbox.count({
        where: { template: "quote-accepted-confirmation", to: DEMO_LOGINS.groupeMartinContact.email, subject: { contains: quote.number } },
      }),
    ).toBe(1);
    // The signed PDF the winner stored is still there (the loser removed only its own file).
    const request = await db.signatureRequest.findUniqueOrThrow({ where: { id: quote.requestId } });
    expect(request.status).toBe("SIGNED");
    expect(await (await import("@/lib/storage/storage")).getFileStorage().get(request.signedStorageKey!)).not.toBeNull();
    expect(await getCompanyQuote({ context, quoteId: quote.id })).toMatchObject({
      status: "ACCEPTED",
      openRequestId: null,
      signed: { signerName: "Claire Martin" },
    });
  });

  it("refuses to accept an expired quote, with nothing signed", async () => {
    const quote = await sentQuote(1);
    const code = await codeFor(quote.requestId);
    await db.quote.update({ where: { id: quote.id }, data: { validUntil: inDays(-1) } });
    await asMartin();
    const context = await requireContact();
    expect(await getCompanyQuote({ context, quoteId: quote.id })).toMatchObject({ status: "EXPIRED", openRequestId: null });
    expect(await signAs(context, quote.requestId, code)).toEqual({ status: "refused", reason: "quote_not_acceptable" });
    expect(await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "SENT", acceptedAt: null });
    expect(await db.signatureRequest.findUniqueOrThrow({ where: { id: quote.requestId } })).toMatchObject({
      status: "PENDING",
      signedAt: null,
    });
    expect((await listCompanyQuotes({ context })).rows.find((row) => row.id === quote.id)?.status).toBe("EXPIRED");
  });

  it("declines with a reason: the signature request is cancelled and staff get the reason", async () => {
    const quote = await sentQuote(1);
    await asMartin();
    expect(await declineQuoteAction(idleState, pdfFormData({ quoteId: quote.id, reason: "non" }))).toMatchObject({
      status: "error",
      fieldErrors: { reason: ["reason_required"] },
      values: { reason: "non" },
    });
    const reason = "Budget formation 2026 déjà engagé.";
    expect(await declineQuoteAction(idleState, pdfFormData({ quoteId: quote.id, reason }))).toEqual({ status: "success", data: undefined });
    expect(await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "DECLINED", declineReason: reason });
    expect(await db.signatureRequest.findUniqueOrThrow({ where: { id: quote.requestId } })).toMatchObject({ status: "CANCELLED" });
    const notice = await db.emailOutbox.findFirstOrThrow({
      where: { template: "quote-declined", subject: `Devis ${quote.number} refusé` },
    });
    expect(deliverableContent(notice).text).toContain(reason);
    expect(await declineQuoteAction(idleState, pdfFormData({ quoteId: quote.id, reason }))).toMatchObject({ formError: "not_pending" });
  });
});

describe("quotes: the lists", () => {
  it("sort by the column asked for, each way", async () => {
    const formapro = await staffOf(asFormapro);
    const byTotal = (await listStaffQuotes({ staff: formapro, sort: "total", direction: "asc" })).rows;
    expect(byTotal.length).toBeGreaterThan(1);
    const totals = byTotal.map((row) => row.totalInclTaxCents);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    // By company: each company's quotes together, in the opposite order the other way (whatever the collation).
    const companiesOf = async (direction: "asc" | "desc") =>
      (await listStaffQuotes({ staff: formapro, sort: "company", direction })).rows
        .map((row) => row.companyName)
        .filter((name, index, names) => name !== names[index - 1]);
    const ascending = await companiesOf("asc");
    expect(new Set(ascending).size).toBe(ascending.length);
    expect(await companiesOf("desc")).toEqual([...ascending].reverse());
  });
});

describe("quotes: conversion (staff)", () => {
  it("turns an accepted INTER quote into placeholder seats once, recording enrolment.created", async () => {
    const quote = await sentQuote(2);
    const staff = await staffOf(asFormapro);
    expect(await convertQuoteAction(idleState, pdfFormData({ quoteId: quote.id }))).toMatchObject({ formError: "not_accepted" });
    await db.quote.update({ where: { id: quote.id }, data: { status: "ACCEPTED", acceptedAt: new Date() } });
    const before = await db.enrolment.count({ where: { actionId: quote.sessionId, companyId: MARTIN } });
    const results = await Promise.all([convertQuote({ staff, quoteId: quote.id }), convertQuote({ staff, quoteId: quote.id })]);
    expect(results.map((result) => result.status).sort()).toEqual(["converted", "refused"]);
    const seats = await db.enrolment.findMany({
      where: { actionId: quote.sessionId, companyId: MARTIN, placeholderLabel: { not: null } },
      orderBy: { createdAt: "desc" },
      take: 2,
    });
    expect(await db.enrolment.count({ where: { actionId: quote.sessionId, companyId: MARTIN } })).toBe(before + 2);
    expect(seats.every((seat) => seat.status === "CONFIRMED" && seat.participantId === null)).toBe(true);
    const events = await db.domainEvent.findMany({
      where: { organizationId: FORMAPRO, type: "enrolment.created" },
      orderBy: { createdAt: "desc" },
      take: 10,
    });
    const enrolled = new Set(events.map((event) => (event.payload as { enrolmentId: string }).enrolmentId));
    expect(seats.every((seat) => enrolled.has(seat.id))).toBe(true);
    expect((await getStaffQuote({ staff, quoteId: quote.id })).status).toBe("CONVERTED");
  });

  it("turns an accepted INTRA quote into the company's INTRA action with its modules and seats", async () => {
    const staff = await staffOf(asFormapro);
    const modules = await db.module.findMany({ where: { organizationId: FORMAPRO, published: true }, take: 2, orderBy: { code: "asc" } });
    const result = await createQuote({
      staff,
      input: {
        companyId: MARTIN,
        contactId: await contactIdOf(DEMO_LOGINS.groupeMartinContact.email),
        type: "INTRA",
        validUntil: inDays(15),
        conditions: "Session dans vos locaux de Lyon.",
        participantCount: 7,
        startDate: inDays(50),
        endDate: inDays(51),
        lines: modules.map((module) => ({ itemId: `m:${module.id}`, quantity: 1 })),
      },
    });
    if (result.status !== "created") throw new Error("not created");
    await db.quote.update({ where: { id: result.id }, data: { status: "ACCEPTED", acceptedAt: new Date() } });
    expect(await convertQuote({ staff, quoteId: result.id })).toMatchObject({ status: "converted", seats: 7 });
    const quote = await db.quote.findUniqueOrThrow({ where: { id: result.id } });
    const action = await db.trainingAction.findUniqueOrThrow({
      where: { id: quote.actionId! },
      include: { modules: true, enrolments: true },
    });
    expect(action).toMatchObject({
      type: "INTRA",
      companyId: MARTIN,
      organizationId: FORMAPRO,
      maxPlaces: 7,
      startDate: inDays(50),
      endDate: inDays(51),
    });
    expect(action.number).toMatch(/^ADF_\d{8}$/);
    expect(action.modules.map((entry) => entry.moduleId).sort()).toEqual(modules.map((module) => module.id).sort());
    expect(action.enrolments.map((seat) => seat.placeholderLabel)).toEqual(expect.arrayContaining(["Participant 1", "Participant 7"]));
  });
});

describe("quotes: tenancy", () => {
  it("another company's or organisation's quote answers not found on every page, action and list", async () => {
    const riviereStaff = await staffOf(asFormapro);
    const session = await openSession(FORMAPRO, 1);
    const riviere = await createQuote({
      staff: riviereStaff,
      input: await interInput(RIVIERE, await contactIdOf(DEMO_LOGINS.transportsRiviereContact.email), session.id, 1),
    });
    const horizonStaff = await staffOf(asHorizon);
    const horizonModule = await db.module.findFirstOrThrow({
      where: { organizationId: DEMO_ORGANIZATIONS.horizon.id },
      select: { id: true },
    });
    const horizon = await createQuote({
      staff: horizonStaff,
      input: {
        companyId: PHARMACIE,
        contactId: await contactIdOf(DEMO_LOGINS.pharmacieDuParcContact.email),
        type: "INTRA",
        validUntil: inDays(10),
        conditions: "Session à l’officine.",
        participantCount: 3,
        startDate: inDays(30),
        endDate: inDays(30),
        lines: [{ itemId: `m:${horizonModule.id}`, quantity: 1 }],
      },
    });
    if (riviere.status !== "created" || horizon.status !== "created") throw new Error("not created");

    // Claire (Groupe Martin, Formapro) sees neither.
    await asMartin();
    const claire = await requireContact();
    for (const quoteId of [riviere.id, horizon.id]) {
      expect(await isNotFound(getCompanyQuote({ context: claire, quoteId }))).toBe(true);
      expect(await isNotFound(declineQuoteAction(idleState, pdfFormData({ quoteId, reason: "Pas pour nous." })))).toBe(true);
    }
    const listed = (await listCompanyQuotes({ context: claire })).rows.map((row) => row.id);
    expect(listed).not.toContain(riviere.id);
    expect(listed).not.toContain(horizon.id);

    // Formapro staff do not see Horizon's quote, nor can they convert it or quote for Horizon's company.
    const formapro = await staffOf(asFormapro);
    expect(await isNotFound(getStaffQuote({ staff: formapro, quoteId: horizon.id }))).toBe(true);
    expect(await convertQuoteAction(idleState, pdfFormData({ quoteId: horizon.id }))).toMatchObject({ formError: "not_found" });
    expect((await listStaffQuotes({ staff: formapro })).rows.map((row) => row.id)).not.toContain(horizon.id);
    expect(await isNotFound(getQuoteFormChoices({ staff: formapro, companyId: PHARMACIE }))).toBe(true);
    const intra = await db.intraRequest.findFirst({ where: { organizationId: DEMO_ORGANIZATIONS.horizon.id, companyId: { not: null } } });
    if (intra) expect(await isNotFound(getQuoteFormChoices({ staff: formapro, intraRequestId: intra.id }))).toBe(true);
    expect(
      await createQuoteAction(
        idleState,
        pdfFormData({
          companyId: PHARMACIE,
          contactId: await contactIdOf(DEMO_LOGINS.pharmacieDuParcContact.email),
          type: "INTRA",
          validUntil: isoDay(inDays(10)),
          conditions: "Conditions générales.",
          participantCount: "1",
          startDate: isoDay(inDays(30)),
          endDate: isoDay(inDays(30)),
          item0: `m:${horizonModule.id}`,
          quantity0: "1",
        }),
      ),
    ).toMatchObject({ fieldErrors: { companyId: ["not_found"] } });
    // Horizon's staff do not see Formapro's quotes either.
    const horizonAgain = await staffOf(asHorizon);
    expect(await isNotFound(getStaffQuote({ staff: horizonAgain, quoteId: riviere.id }))).toBe(true);
  });
});
