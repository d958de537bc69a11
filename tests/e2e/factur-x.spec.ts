import type { Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { readFacturX } from "../support/factur-x-pdf";
import { schematronFailures, xsdErrors } from "../support/factur-x-validation";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

// The official schematron is compiled on the first run (tests/support/factur-x-validation.ts).
test.setTimeout(180_000);

/** The bytes of a URL fetched by the page (with its session cookie), or its status when refused. */
async function download(page: Page, url: string): Promise<{ status: number; bytes: Uint8Array }> {
  const result = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: "include" });
    return { status: response.status, bytes: Array.from(new Uint8Array(await response.arrayBuffer())) };
  }, url);
  return { status: result.status, bytes: new Uint8Array(result.bytes) };
}

async function expectFacturX(bytes: Uint8Array) {
  const file = await readFacturX(bytes);
  expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe("%PDF-1.7");
  expect(file.xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
  expect(file.xmp).toContain("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>");
  expect(file.xmp).toContain("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>");
  expect(file).toMatchObject({ afRelationship: "/Alternative", mimeType: "/text#2Fxml", outputIntent: "/GTS_PDFA1", fontsNotEmbedded: [] });
  expect(await xsdErrors(file.xml)).toEqual([]);
  expect(await schematronFailures(file.xml)).toEqual([]);
  return file.xml;
}

test("a contact downloads a Factur-X invoice: PDF/A-3 with a valid EN 16931 factur-x.xml, and the same bare XML", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toContainText("Groupe Martin");
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/factures"));
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger le PDF" }).first().click();
  const file = await downloading;
  const xml = await expectFacturX(new Uint8Array(await readFile(await file.path())));
  expect(xml).toContain("Groupe Martin");

  const href = await page.getByRole("link", { name: "XML Factur-X" }).first().getAttribute("href");
  const bare = await download(page, href!);
  expect(bare.status).toBe(200);
  expect(new TextDecoder().decode(bare.bytes)).toBe(xml);

  const [other] = await e2eQuery<{ id: string }>(`SELECT id FROM "Invoice" WHERE "companyId" = $1 LIMIT 1`, [
    DEMO_COMPANIES.transportsRiviere.id,
  ]);
  for (const suffix of ["pdf", "xml"]) expect((await download(page, `/factures/${other!.id}/${suffix}`)).status).toBe(404);
});

test("staff download the Factur-X of an invoice with VAT, a partly paid one, a credit note and an exempt one", async ({ page }) => {
  const formapro = DEMO_ORGANIZATIONS.formapro.id;
  const pick = async (where: string, organizationId = formapro) =>
    (
      await e2eQuery<{ id: string }>(`SELECT id FROM "Invoice" WHERE "organizationId" = $1 AND ${where} ORDER BY sequence LIMIT 1`, [
        organizationId,
      ])
    )[0]!.id;
  const withVat = await pick(`kind = 'INVOICE' AND "paidCents" = "totalInclTaxCents" AND "vatCents" > 0`);
  const partlyPaid = await pick(`kind = 'INVOICE' AND "cancelledAt" IS NULL AND "paidCents" > 0 AND "paidCents" < "totalInclTaxCents"`);
  const creditNote = await pick(`kind = 'CREDIT_NOTE'`);
  const exempt = await pick(`kind = 'INVOICE'`, DEMO_ORGANIZATIONS.horizon.id);

  await logIn(page, "formaproAdmin");
  await page.waitForURL(/\/admin/);
  // The company's page lists its latest invoices with their PDF and XML.
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/entreprises/${DEMO_COMPANIES.groupeMartin.id}`));
  const latest = page.getByTestId("company-invoice").first();
  await expect(latest).toBeVisible();
  const fromList = await download(page, (await latest.getByRole("link", { name: /^PDF / }).getAttribute("href"))!);
  expect(fromList.status).toBe(200);
  await expectFacturX(fromList.bytes);
  for (const id of [withVat, partlyPaid, creditNote]) {
    const pdf = await download(page, `/admin/factures/${id}/pdf`);
    expect(pdf.status).toBe(200);
    await expectFacturX(pdf.bytes);
  }
  expect((await download(page, `/admin/factures/${exempt}/pdf`)).status).toBe(404);

  await page.context().clearCookies();
  await logIn(page, "horizonAdmin");
  await page.waitForURL(/\/admin/);
  const pdf = await download(page, `/admin/factures/${exempt}/pdf`);
  expect(pdf.status).toBe(200);
  expect(await expectFacturX(pdf.bytes)).toContain("VATEX-FR-CGI261-4");
});
