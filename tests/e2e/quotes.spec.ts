import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, deliveredEmail, e2eQuery as query, expect, logIn, siteUrl, test } from "./fixtures";
import { pdfText } from "./pdf-text";

test("staff write and send a quote; the contact reads its PDF, accepts it by signing; staff turn it into seats", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const [session] = await query<{ id: string; number: string }>(
    `SELECT a.id, a.number FROM "TrainingAction" a JOIN "Organization" o ON o.id = a."organizationId"
      WHERE o.slug = 'formapro' AND a.type = 'INTER' AND a.status = 'SCHEDULED' AND a."startDate" > now()
        AND a."maxPlaces" - (SELECT count(*) FROM "Enrolment" e WHERE e."actionId" = a.id AND e.status IN ('PENDING', 'CONFIRMED')) >= 2
      ORDER BY a."startDate" LIMIT 1`,
  );

  // Staff: the form, for Groupe Martin, to Claire Martin, two seats of an INTER session.
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Devis" }).first().click();
  await expect(page).toHaveURL(/\/admin\/devis$/);
  await page.getByRole("link", { name: "Nouveau devis" }).click();
  await page.getByLabel("Entreprise").selectOption(DEMO_COMPANIES.groupeMartin.id);
  await page.getByRole("button", { name: "Choisir" }).click();
  const form = page.getByTestId("quote-form");
  const [claire] = await query<{ contactId: string }>(
    `SELECT a."contactId" FROM "ExtranetAccess" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
    [DEMO_LOGINS.groupeMartinContact.email],
  );
  await form.getByLabel("Destinataire (contact avec un accès extranet)").selectOption(claire!.contactId);
  await form.getByLabel("Type de formation").selectOption("INTER");
  await form.getByLabel("Ligne 1").selectOption(`a:${session!.id}`);
  await form.getByLabel("Places").first().fill("2");
  await form.getByLabel("Nombre de participants").fill("2");
  // A validity date in the past is refused next to its field, and what was typed stays.
  await form.getByLabel("Valable jusqu’au").fill("2020-01-01");
  await form.getByRole("button", { name: "Créer et envoyer le devis" }).click();
  await expect(form.getByText("La date de validité est déjà passée.")).toBeVisible();
  await expect(form.getByLabel("Nombre de participants")).toHaveValue("2");
  const validUntil = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Valable jusqu’au").fill(validUntil);
  const sentAt = Date.now();
  await form.getByRole("button", { name: "Créer et envoyer le devis" }).click();
  await expect(page).toHaveURL(/\/admin\/devis\/[a-z0-9]+$/);
  const quoteId = page.url().split("/").at(-1)!;
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Devis ", "");
  expect(number).toMatch(/^DEV-\d{4}-\d{4}$/);
  await expect(page.getByTestId("quote-status")).toHaveText("À accepter");

  // The PDF is the real one: branded, numbered, with the company, the lines and the legal mentions.
  const [document] = await query<{ documentId: string }>(`SELECT "documentId" FROM "Quote" WHERE id = $1`, [quoteId]);
  const pdf = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, bytes: Array.from(new Uint8Array(await response.arrayBuffer())) };
  }, `/admin/documents/${document!.documentId}/fichier`);
  expect(pdf.status).toBe(200);
  const text = await pdfText(new Uint8Array(pdf.bytes));
  for (const fragment of [
    `Devis n° ${number}`,
    "Groupe Martin",
    "Formapro",
    session!.number,
    "Total TTC",
    "Valable jusqu’au",
    "SIRET",
    "Bon pour accord",
  ])
    expect(text, `the PDF should contain ${fragment}`).toContain(fragment);

  // The contact: the email, the list, the quote, the signature with the emailed code.
  const email = await deliveredEmail(DEMO_LOGINS.groupeMartinContact.email, new RegExp(`Devis ${number} à accepter`), sentAt);
  expect(email.html).toContain(`/devis/${quoteId}`);
  const contact = await (await browser.newContext()).newPage();
  await logIn(contact, "groupeMartinContact");
  await expect(contact.getByTestId("company-context")).toBeVisible();
  await contact.getByRole("link", { name: "Devis" }).first().click();
  await contact.getByRole("link", { name: number }).click();
  await expect(contact).toHaveURL(new RegExp(`/devis/${quoteId}$`));
  await expect(contact.getByTestId("pdf-page").first().locator("canvas")).toBeVisible({ timeout: 20_000 });
  await contact.getByLabel("Fonction").fill("Directrice des ressources humaines");
  await contact.getByLabel("J’ai lu le document et j’accepte de le signer électroniquement.").check();
  const askedAt = Date.now();
  await contact.getByRole("button", { name: "Recevoir mon code par e-mail" }).click();
  const codeEmail = await deliveredEmail(DEMO_LOGINS.groupeMartinContact.email, /code de signature/, askedAt);
  await contact.getByLabel("Code reçu par e-mail (6 chiffres)").fill(/\b(\d{6})\b/.exec(codeEmail.text)![1]!);
  await contact.getByRole("button", { name: "Signer le document" }).click();
  await expect(contact.getByTestId("quote-status")).toHaveText("Accepté");
  await expect(contact.getByText(/^Accepté et signé par Claire Martin le/)).toBeVisible();
  await expect(contact.getByTestId("download-signed")).toBeVisible();

  // Staff: accepted, then one step into two placeholder seats of the session.
  await page.reload();
  await expect(page.getByTestId("quote-status")).toHaveText("Accepté");
  await page.getByRole("button", { name: "Créer la formation" }).click();
  await expect(page.getByTestId("converted")).toContainText(session!.number);
  const [seats] = await query<{ count: string }>(
    `SELECT count(*)::text AS count FROM "Enrolment" WHERE "actionId" = $1 AND "companyId" = $2 AND "placeholderLabel" IS NOT NULL`,
    [session!.id, DEMO_COMPANIES.groupeMartin.id],
  );
  expect(Number(seats!.count)).toBeGreaterThanOrEqual(2);

  // Another organisation's staff and another company's contact get a 404 for the same quote.
  const horizon = await (await browser.newContext()).newPage();
  await logIn(horizon, "horizonAdmin");
  await expect(horizon).toHaveURL(/\/admin$/);
  expect((await horizon.goto(siteUrl(DEMO_HOSTS.horizon, `/admin/devis/${quoteId}`)))?.status()).toBe(404);
  const riviere = await (await browser.newContext()).newPage();
  await logIn(riviere, "transportsRiviereContact");
  await expect(riviere.getByTestId("company-context")).toBeVisible();
  expect((await riviere.goto(siteUrl(DEMO_HOSTS.formaproNantes, `/devis/${quoteId}`)))?.status()).toBe(404);
});

test("an expired quote shows why it cannot be accepted, and offers no signature", async ({ page }) => {
  const [expired] = await query<{ id: string }>(
    `SELECT q.id FROM "Quote" q WHERE q."companyId" = $1 AND q.status = 'SENT' AND q."validUntil" < current_date LIMIT 1`,
    [DEMO_COMPANIES.groupeMartin.id],
  );
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/devis/${expired!.id}`));
  await expect(page.getByTestId("quote-status")).toHaveText("Expiré");
  await expect(page.getByTestId("quote-expired")).toContainText("il ne peut plus être accepté");
  await expect(page.getByRole("button", { name: "Signer le document" })).toHaveCount(0);
});
