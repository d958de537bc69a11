import { request as httpRequest } from "node:http";
import { E2E_PORT, E2E_STRIPE } from "../../playwright.config";
import { startStripeStandIn, type StripeStandIn } from "../support/stripe-stand-in";
import { DEMO_COMPANIES, DEMO_HOSTS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

/** Stripe's servers post the webhook to the organisation's host (Node does not resolve *.localhost: the Host header says it). */
function postWebhook(payload: string, signature: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        path: "/api/paiements/stripe",
        method: "POST",
        headers: { host: `${DEMO_HOSTS.formapro}:${E2E_PORT}`, "content-type": "application/json", "stripe-signature": signature },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        response.on("end", () => resolve(new Response(body, { status: response.statusCode ?? 500 })));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

let stripe: StripeStandIn;
test.beforeAll(async () => {
  stripe = await startStripeStandIn({ ...E2E_STRIPE, webhook: postWebhook });
});
test.afterAll(async () => {
  await stripe?.close();
});

test("a contact pays an invoice online (Stripe stand-in) and sees it paid", async ({ page }) => {
  const [invoice] = await e2eQuery<{ id: string; number: string; year: number }>(
    `SELECT id, number, EXTRACT(YEAR FROM "issueDate")::int AS year FROM "Invoice"
     WHERE "companyId" = $1 AND kind = 'INVOICE' AND "cancelledAt" IS NULL AND "paidCents" < "totalInclTaxCents" ORDER BY sequence LIMIT 1`,
    [DEMO_COMPANIES.transportsRiviere.id],
  );
  expect(invoice).toBeDefined();
  await logIn(page, "transportsRiviereContact");
  await expect(page.getByTestId("company-context")).toContainText("Transports Rivière");
  await page.goto(siteUrl(DEMO_HOSTS.formaproNantes, `/factures?year=${invoice!.year}`));

  await page.getByRole("button", { name: "Payer en ligne" }).click();
  await expect(page.getByText("Cochez au moins une facture à payer.")).toBeVisible();

  await page.getByRole("checkbox", { name: `Payer la facture ${invoice!.number}` }).check();
  await page.getByRole("button", { name: "Payer en ligne" }).click();
  await expect(page.getByRole("heading", { name: /Paiement de/ })).toBeVisible();
  await page.getByRole("button", { name: "Payer" }).click();

  await page.waitForURL(/\/factures\?paiement=ok/);
  await expect(page.getByRole("status")).toContainText("Merci");
  await page.goto(siteUrl(DEMO_HOSTS.formaproNantes, `/factures?year=${invoice!.year}`));
  const row = page.getByRole("row").filter({ hasText: invoice!.number });
  await expect(row.getByText("Payée", { exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `Payer la facture ${invoice!.number}` })).toHaveCount(0);
});
