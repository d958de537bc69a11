import type { Page } from "@playwright/test";
import { seedId } from "../../prisma/seed/seed-ids";
import { demoFundingId } from "../../prisma/seed/fundings";
import { readFacturX } from "../support/factur-x-pdf";
import { schematronFailures, xsdErrors } from "../support/factur-x-validation";
import { DEMO_COMPANIES, DEMO_HOSTS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

const EPI = seedId("action", "formapro/epi-lyon");
const MARTIN = DEMO_COMPANIES.groupeMartin.id;
const SHOTS = process.env.INVOICING_SHOTS;

// The official schematron is compiled on the first run (tests/support/factur-x-validation.ts).
test.setTimeout(180_000);

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("staff invoice a training under subrogation: the OPCO's share to the OPCO, valid Factur-X; the company sees it billed to the OPCO", async ({
  page,
}) => {
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/formations/${EPI}`));
  const invoicing = page.getByTestId(`invoicing-${MARTIN}`);
  // The demo's OPCO EP funding of the EPI course is still to request: nothing can be invoiced yet.
  await expect(invoicing.getByRole("note")).toContainText("pas encore accordé");
  await expect(invoicing.getByRole("button", { name: "Émettre les factures" })).toHaveCount(0);

  const fundingId = demoFundingId("epi-to-request");
  const edit = page.getByTestId(`funding-${fundingId}`);
  await page.getByTestId("funding-row").filter({ has: edit }).getByRole("button", { name: "Modifier", exact: true }).click();
  await edit.getByLabel("N° d’accord de prise en charge").fill("EP-E2E-0001");
  await edit.getByLabel("Statut").selectOption("GRANTED");
  await edit.getByRole("button", { name: "Enregistrer" }).click();
  await expect(edit.getByRole("status")).toHaveText("Financement enregistré.");
  await page.keyboard.press("Escape");

  await expect(invoicing.getByTestId("invoice-parts")).toContainText("OPCO EP (subrogation)");
  await shoot(page, "invoicing-to-issue");
  await invoicing.getByRole("button", { name: "Émettre les factures" }).click();
  const confirmation = page.getByRole("alertdialog", { name: /Émettre .* de Groupe Martin/ });
  await expect(confirmation).toContainText("ne peut être annulée que par un avoir");
  await confirmation.getByRole("button", { name: "Émettre les factures" }).click();
  const funderRow = invoicing.getByRole("row").filter({ hasText: "OPCO EP" });
  await expect(funderRow).toContainText("À payer");
  await expect(invoicing.getByRole("button", { name: "Émettre les factures" })).toHaveCount(0);
  await shoot(page, "invoicing-issued");

  const [funderInvoice] = await e2eQuery<{ id: string; number: string }>(
    `SELECT id, number FROM "Invoice" WHERE "fundingId" = $1 AND "cancelledAt" IS NULL`,
    [fundingId],
  );
  // The OPCO pays by transfer: an administrator records it, and the invoice reads paid.
  await funderRow.getByRole("button", { name: "Enregistrer un règlement" }).click();
  const payment = page.getByTestId(`payment-${funderInvoice!.id}`);
  await expect(payment.getByLabel("Montant reçu (€ TTC)")).toHaveValue("216,00");
  await payment.getByRole("button", { name: "Enregistrer le règlement" }).click();
  await expect(funderRow).toContainText("Payée");

  const bytes = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: "include" });
    return Array.from(new Uint8Array(await response.arrayBuffer()));
  }, `/admin/factures/${funderInvoice!.id}/pdf`);
  const file = await readFacturX(new Uint8Array(bytes));
  expect(file.xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
  expect(file.xml).toContain("OPCO EP");
  expect(file.xml).toContain("Paiement par subrogation pour le compte de Groupe Martin");
  expect(file.xml).toContain("EP-E2E-0001");
  expect(await xsdErrors(file.xml)).toEqual([]);
  expect(await schematronFailures(file.xml)).toEqual([]);

  // The company's contact sees the OPCO's invoice for what it is: billed to the funder, not for them to pay.
  await page.context().clearCookies();
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/factures"));
  const row = page.getByRole("row").filter({ hasText: funderInvoice!.number });
  await expect(row).toContainText("Facturée à OPCO EP");
  await expect(row).toContainText("Payée");
  await expect(row.getByRole("checkbox")).toHaveCount(0);
  await shoot(page, "factures-funder");

  // Its page says who pays it, and offers no payment.
  await row.getByRole("link", { name: funderInvoice!.number }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Facture ${funderInvoice!.number}` })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Facture adressée à OPCO EP");
  await expect(page.getByTestId("invoice-totals")).toContainText("Reste à régler par OPCO EP");
  await expect(page.getByRole("button", { name: "Payer en ligne" })).toHaveCount(0);
  await shoot(page, "facture-funder");
  const [own] = await e2eQuery<{ id: string }>(
    `SELECT id FROM "Invoice" WHERE "actionId" = $1 AND "companyId" = $2 AND "fundingId" IS NULL`,
    [EPI, MARTIN],
  );
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/factures/${own!.id}`));
  await expect(page.getByRole("button", { name: "Payer en ligne" })).toBeVisible();
  await shoot(page, "facture-company");
});
