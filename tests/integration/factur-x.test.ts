// Factur-X: the CII XML of an invoice with VAT (on debits, delivered elsewhere), an exempt one, a partly
// paid one and a credit note is valid against the Factur-X EN 16931 XSD and passes the official EN 16931
// schematron; the XML and PDF routes of the extranet and of /admin answer another company's or
// organisation's invoice with 404. (The PDF itself is checked in tests/e2e/factur-x.spec.ts: jest cannot
// load @react-pdf/renderer, so the PDF routes are only called here for ids they must refuse.)
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("@react-pdf/renderer", () => ({ StyleSheet: { create: (styles: unknown) => styles }, Font: { register: () => undefined } }));

import { GET as adminPdf } from "@/app/s/[site]/admin/factures/[id]/pdf/route";
import { GET as adminXml } from "@/app/s/[site]/admin/factures/[id]/xml/route";
import { GET as extranetPdf } from "@/app/s/[site]/(extranet)/factures/[id]/pdf/route";
import { GET as extranetXml } from "@/app/s/[site]/(extranet)/factures/[id]/xml/route";
import { db } from "@/lib/db";
import { facturXXml } from "@/lib/invoices/factur-x/factur-x-xml";
import { getStaffInvoice } from "@/lib/invoices/get-staff-invoice";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { schematronFailures, xsdErrors } from "../support/factur-x-validation";
import { simulateRequest } from "../support/next-request-mock";

// The first run compiles the official schematron's XSLT to SEF (SaxonJS's xslt3), kept for the next runs.
jest.setTimeout(180_000);

const formapro = DEMO_ORGANIZATIONS.formapro.id;
const horizon = DEMO_ORGANIZATIONS.horizon.id;
const run = `fx${Date.now().toString(36)}`;
let vatOnDebitsId = "";

beforeAll(async () => {
  const sequence = (await db.organization.update({ where: { id: formapro }, data: { lastInvoiceSequence: { increment: 1 } } }))
    .lastInvoiceSequence;
  const invoice = await db.invoice.create({
    data: {
      organizationId: formapro,
      companyId: DEMO_COMPANIES.groupeMartin.id,
      sequence,
      number: `${run}-1`,
      issueDate: new Date("2026-06-01"),
      dueDate: new Date("2026-07-01"),
      totalExclTaxCents: 125_000,
      vatCents: 25_000,
      totalInclTaxCents: 150_000,
      vatOnDebits: true,
      deliveryAddress: "12 quai Rambaud",
      deliveryPostalCode: "69002",
      deliveryCity: "Lyon",
      lines: {
        create: [
          {
            position: 0,
            label: "Formation « Sauveteur secouriste du travail »",
            quantity: 5,
            unitPriceCents: 21_000,
            vatRateBasisPoints: 2000,
            totalExclTaxCents: 105_000,
          },
          {
            position: 1,
            label: "Frais de déplacement",
            quantity: 1,
            unitPriceCents: 20_000,
            vatRateBasisPoints: 2000,
            totalExclTaxCents: 20_000,
          },
        ],
      },
    },
  });
  vatOnDebitsId = invoice.id;
});

afterAll(async () => {
  await db.invoice.deleteMany({ where: { organizationId: formapro, number: { startsWith: run } } });
  await db.$disconnect();
});

const staffOf = (organizationId: string) => ({ organizationId });
async function xmlOf(organizationId: string, invoiceId: string) {
  return facturXXml(await getStaffInvoice({ context: staffOf(organizationId), invoiceId }));
}
async function expectValid(xml: string) {
  expect(await xsdErrors(xml)).toEqual([]);
  expect(await schematronFailures(xml)).toEqual([]);
}

describe("factur-x.xml (CII D16B, EN 16931)", () => {
  it("of an invoice with VAT paid on debits, delivered at another address", async () => {
    const xml = await xmlOf(formapro, vatOnDebitsId);
    await expectValid(xml);
    expect(xml).toContain("<ram:ID>S1</ram:ID>"); // BT-23: services
    expect(xml).toContain("<ram:DueDateTypeCode>5</ram:DueDateTypeCode>"); // BT-8: VAT on debits
    expect(xml).toMatch(/<ram:GlobalID schemeID="0009">\d{14}<\/ram:GlobalID>[\s\S]*<ram:GlobalID schemeID="0009">\d{14}<\/ram:GlobalID>/); // both SIRETs
    expect(xml.match(/<ram:ID schemeID="0002">\d{9}<\/ram:ID>/g)).toHaveLength(2); // both SIRENs
    expect(xml).toContain("<ram:CityName>Lyon</ram:CityName>");
    expect(xml).toMatch(/<ram:ShipToTradeParty>[\s\S]*12 quai Rambaud/);
    expect(xml).toContain("<ram:GrandTotalAmount>1500.00</ram:GrandTotalAmount>");
    expect(xml).toContain("<ram:SubjectCode>PMT</ram:SubjectCode>");
  });

  it("of an exempt training invoice (art. 261-4-4° a CGI)", async () => {
    const exempt = await db.invoice.findFirstOrThrow({ where: { organizationId: horizon, kind: "INVOICE" }, select: { id: true } });
    const xml = await xmlOf(horizon, exempt.id);
    await expectValid(xml);
    expect(xml).toContain("<ram:CategoryCode>E</ram:CategoryCode>");
    expect(xml).toContain("<ram:ExemptionReasonCode>VATEX-FR-CGI261-4</ram:ExemptionReasonCode>");
    expect(xml).not.toContain("DueDateTypeCode");
  });

  it("of a partly paid invoice: prepaid amount and what remains due", async () => {
    const partly = await db.invoice.findFirstOrThrow({
      where: {
        organizationId: formapro,
        kind: "INVOICE",
        cancelledAt: null,
        paidCents: { gt: 0, lt: db.invoice.fields.totalInclTaxCents },
      },
      select: { id: true, paidCents: true, totalInclTaxCents: true },
    });
    const xml = await xmlOf(formapro, partly.id);
    await expectValid(xml);
    expect(xml).toContain(`<ram:TotalPrepaidAmount>${(partly.paidCents / 100).toFixed(2)}</ram:TotalPrepaidAmount>`);
    expect(xml).toContain(
      `<ram:DuePayableAmount>${((partly.totalInclTaxCents - partly.paidCents) / 100).toFixed(2)}</ram:DuePayableAmount>`,
    );
    expect(xml).toContain("<ram:DueDateTypeCode>72</ram:DueDateTypeCode>"); // VAT on payment, the rule for services
  });

  it("of a credit note: type 381, positive amounts, the invoice it cancels", async () => {
    const credit = await db.invoice.findFirstOrThrow({
      where: { organizationId: formapro, kind: "CREDIT_NOTE" },
      select: { id: true, totalInclTaxCents: true, creditedInvoice: { select: { number: true } } },
    });
    const xml = await xmlOf(formapro, credit.id);
    await expectValid(xml);
    expect(xml).toContain("<ram:TypeCode>381</ram:TypeCode>");
    expect(xml).toContain(`<ram:GrandTotalAmount>${(-credit.totalInclTaxCents / 100).toFixed(2)}</ram:GrandTotalAmount>`);
    expect(xml).toMatch(new RegExp(`<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>${credit.creditedInvoice!.number}<`));
  });

  it("is refused by the validators when a business rule breaks (the check is real)", async () => {
    const xml = (await xmlOf(formapro, vatOnDebitsId)).replace("<ram:GrandTotalAmount>1500.00", "<ram:GrandTotalAmount>1499.00");
    expect((await schematronFailures(xml)).map((failure) => failure.id)).toContain("BR-CO-15");
    expect(await xsdErrors(xml.replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:Kind>380</ram:Kind>"))).not.toEqual([]);
  });
});

describe("the Factur-X routes", () => {
  const call = (handler: typeof extranetXml, host: string, path: string, id: string) =>
    handler(new Request(`http://${host}:3000${path}`, { headers: { host: `${host}:3000` } }), { params: Promise.resolve({ id }) });
  const ids = async () => ({
    own: (await db.invoice.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.groupeMartin.id }, select: { id: true } })).id,
    otherCompany: (await db.invoice.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.transportsRiviere.id }, select: { id: true } }))
      .id,
    otherOrganization: (await db.invoice.findFirstOrThrow({ where: { organizationId: horizon }, select: { id: true } })).id,
  });

  it("give the company its own invoice's XML, and another company's or organisation's invoice: not found", async () => {
    const { own, otherCompany, otherOrganization } = await ids();
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    const response = await call(extranetXml, DEMO_HOSTS.formapro, `/factures/${own}/xml`, own);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(await xsdErrors(await response.text())).toEqual([]);
    for (const id of [otherCompany, otherOrganization, "inexistant"])
      for (const [handler, suffix] of [
        [extranetXml, "xml"],
        [extranetPdf, "pdf"],
      ] as const)
        expect({ id, suffix, status: (await call(handler, DEMO_HOSTS.formapro, `/factures/${id}/${suffix}`, id)).status }).toEqual({
          id,
          suffix,
          status: 404,
        });
  });

  it("give staff their organisation's invoices under /admin, and another organisation's: not found", async () => {
    const { otherCompany, otherOrganization } = await ids();
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
    const response = await call(adminXml, DEMO_HOSTS.formapro, `/admin/factures/${otherCompany}/xml`, otherCompany);
    expect(response.status).toBe(200);
    for (const handler of [adminXml, adminPdf])
      expect((await call(handler, DEMO_HOSTS.formapro, `/admin/factures/${otherOrganization}/x`, otherOrganization)).status).toBe(404);
  });
});
