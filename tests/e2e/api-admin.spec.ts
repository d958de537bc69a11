import { Webhook } from "standardwebhooks";
import { startWebhookReceiver } from "../support/webhook-receiver";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

// An administrator creates an API token and a webhook endpoint in /admin/api, an integration uses the
// token, and the endpoint receives the signed event, which the delivery log shows and can resend.
test("an admin creates a token and a webhook endpoint; the API call's event arrives signed and shows in the log", async ({ page }) => {
  const receiver = await startWebhookReceiver();
  try {
    await logIn(page, "formaproAdmin");
    await page.waitForURL(/\/admin/);
    await page.getByRole("link", { name: "API et webhooks" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "API et webhooks" })).toBeVisible();

    // A token without any right is refused next to the rights.
    const tokenForm = page.getByTestId("new-token");
    await tokenForm.getByLabel("Nom").fill("Intégration LMS");
    await tokenForm.getByRole("button", { name: "Créer le jeton" }).click();
    await expect(page.getByText("Cochez au moins un droit.")).toBeVisible();
    await expect(tokenForm.getByLabel("Nom")).toHaveValue("Intégration LMS");
    for (const right of ["Participants (écriture)", "Inscriptions (écriture)"]) await tokenForm.getByLabel(right).check();
    await tokenForm.getByRole("button", { name: "Créer le jeton" }).click();
    const token = await page.getByTestId("new-token-secret").inputValue();
    expect(token).toMatch(/^pst_/);
    await expect(page.getByTestId("api-tokens")).toContainText("Intégration LMS");

    const webhookForm = page.getByTestId("new-webhook");
    await webhookForm.getByLabel("Adresse (URL)").fill("pas une adresse");
    await webhookForm.getByLabel("Inscription créée").check();
    await webhookForm.getByRole("button", { name: "Ajouter l’adresse" }).click();
    await expect(page.getByText("Saisissez une adresse complète")).toBeVisible();
    await webhookForm.getByLabel("Adresse (URL)").fill(`${receiver.url}/lms`);
    await webhookForm.getByLabel("Inscription créée").check();
    await webhookForm.getByRole("button", { name: "Ajouter l’adresse" }).click();
    const secret = await page.getByTestId("new-webhook-secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByTestId("webhook-endpoints")).toContainText(`${receiver.url}/lms`);

    // The integration: a participant, then their enrolment in a session of the catalogue.
    const [{ id: actionId }] = await e2eQuery<{ id: string }>(
      `SELECT id FROM "TrainingAction" WHERE "organizationId" = $1 AND type = 'INTER' ORDER BY "startDate" DESC LIMIT 1`,
      [DEMO_ORGANIZATIONS.formapro.id],
    );
    const answers = await page.evaluate(
      async ({ token, companyId, actionId }) => {
        const call = async (path: string, body: unknown) => {
          const response = await fetch(`/api/v1${path}`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify(body),
          });
          return { status: response.status, body: await response.json() };
        };
        const participant = await call("/participants", { companyId, firstName: "Inès", lastName: `Webhook${Date.now()}` });
        const enrolment = await call("/enrolments", { actionId, participantId: participant.body.id });
        const refused = await fetch("/api/v1/companies", { headers: { authorization: `Bearer ${token}` } });
        return { participant: participant.status, enrolment, refused: refused.status };
      },
      { token, companyId: DEMO_COMPANIES.groupeMartin.id, actionId },
    );
    expect(answers).toMatchObject({ participant: 201, enrolment: { status: 201 }, refused: 403 });

    await expect.poll(() => receiver.received("/lms").length, { timeout: 30_000 }).toBe(1);
    const [delivered] = receiver.received("/lms");
    const event = new Webhook(secret).verify(delivered.body, delivered.headers as Record<string, string>) as {
      type: string;
      data: { enrolmentId: string };
    };
    expect(event).toMatchObject({ type: "enrolment.created", data: { enrolmentId: answers.enrolment.body.id } });

    await page.reload();
    const log = page.getByTestId("webhook-deliveries");
    await expect(log).toContainText("Livrée");
    await expect(log).toContainText("200");
    await page.screenshot({ path: "test-results/admin-api-1366.png", fullPage: true });
    await log.getByRole("button", { name: "Renvoyer" }).first().click();
    await expect.poll(() => receiver.received("/lms").length, { timeout: 30_000 }).toBe(2);
    expect(receiver.received("/lms")[1].headers["webhook-id"]).toBe(delivered.headers["webhook-id"]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/admin-api-390.png", fullPage: true });
    await page.goto(siteUrl(DEMO_HOSTS.formapro, "/api/v1/reference"));
    await expect(page.getByRole("heading", { name: "Passerelle API v1" })).toBeVisible();
  } finally {
    await receiver.close();
  }
});

test("a manager cannot open /admin/api", async ({ page }) => {
  await logIn(page, "formaproManager");
  await page.waitForURL(/\/admin/);
  await expect(page.getByRole("link", { name: "API et webhooks" })).toHaveCount(0);
  const response = await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/api"));
  expect(response?.status()).toBe(404);
});
