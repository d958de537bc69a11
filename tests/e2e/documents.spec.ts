import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, deliveredEmail, e2eQuery as query, expect, logIn, siteUrl, test } from "./fixtures";
import { pdfText } from "./pdf-text";

/** Fetches through the browser (it resolves *.localhost and carries the session cookie of that host). */
async function browserFetch(page: Page, url: string): Promise<{ status: number; contentType: string | null; bytes: Buffer }> {
  const result = await page.evaluate(async (target) => {
    const response = await fetch(target);
    const buffer = new Uint8Array(await response.arrayBuffer());
    let binary = "";
    for (let index = 0; index < buffer.length; index += 0x8000) binary += String.fromCharCode(...buffer.subarray(index, index + 0x8000));
    return { status: response.status, contentType: response.headers.get("content-type"), base64: btoa(binary) };
  }, url);
  return { status: result.status, contentType: result.contentType, bytes: Buffer.from(result.base64, "base64") };
}

const frenchHours = (hours: number) => `${hours.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} ${hours < 2 ? "heure" : "heures"}`;

test("staff generate every kind of document, each a valid PDF with the right data; the certificate's duration comes from attendance", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const [action] = await query<{ id: string; number: string; title: string }>(
    `SELECT a.id, a.number, a.title FROM "TrainingAction" a WHERE a."companyId" = $1 AND a.type = 'INTRA' AND EXISTS (SELECT 1 FROM "Attendance" t JOIN "Enrolment" e ON e.id = t."enrolmentId" WHERE e."actionId" = a.id) LIMIT 1`,
    [DEMO_COMPANIES.transportsRiviere.id],
  );
  const participants = await query<{ id: string; firstName: string; lastName: string; hours: string }>(
    `SELECT p.id, p."firstName", p."lastName",
            COALESCE(SUM(EXTRACT(EPOCH FROM (s."endsAt" - s."startsAt")) / 3600) FILTER (WHERE t.status IN ('PRESENT', 'LATE')), 0)::text AS hours
       FROM "Enrolment" e JOIN "Participant" p ON p.id = e."participantId"
       LEFT JOIN "Attendance" t ON t."enrolmentId" = e.id LEFT JOIN "Slot" s ON s.id = t."slotId"
      WHERE e."actionId" = $1 AND e."companyId" = $2 AND e.status <> 'CANCELLED'
      GROUP BY p.id ORDER BY hours ASC`,
    [action!.id, DEMO_COMPANIES.transportsRiviere.id],
  );
  const participant = participants[0]!;
  const participantName = `${participant.firstName} ${participant.lastName}`;

  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);

  const expectations: Record<string, string[]> = {
    CONVENTION: ["Convention de formation professionnelle", "Transports Rivière", action!.number, participant.lastName],
    CONVOCATION: ["Convocation à une action de formation", participantName, action!.title, "Première séance", "Adresse"],
    PROGRAMME: ["Programme de formation", action!.title, action!.number],
    CERTIFICAT_REALISATION: [
      "Certificat de réalisation",
      participantName,
      "Transports Rivière",
      `Pour une durée réalisée de ${frenchHours(Number(participant.hours))}`,
    ],
    ATTESTATION_ASSIDUITE: ["Attestation d’assiduité", participantName, `Durée suivie ${frenchHours(Number(participant.hours))}`],
    FEUILLE_EMARGEMENT: ["Feuille d’émargement", action!.number, participant.lastName],
  };
  for (const [kind, fragments] of Object.entries(expectations)) {
    await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/documents/nouveau?action=${action!.id}`));
    const form = page.getByTestId("generate-form");
    await form.getByLabel("Entreprise").selectOption(DEMO_COMPANIES.transportsRiviere.id);
    await form.getByLabel("Type de document").selectOption(kind);
    if (["CONVOCATION", "CERTIFICAT_REALISATION", "ATTESTATION_ASSIDUITE"].includes(kind))
      await form.getByLabel(/^Participant/).selectOption(participant.id);
    await form.getByRole("button", { name: "Générer le PDF" }).click();
    await expect(page).toHaveURL(/\/admin\/documents\/[a-z0-9]+$/);
    const href = await page.getByTestId("staff-download").getAttribute("href");
    const response = await browserFetch(page, href!);
    expect(response.status).toBe(200);
    expect(response.contentType).toBe("application/pdf");
    const bytes = response.bytes;
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    for (const fragment of fragments) expect(text, `${kind} should contain ${fragment}`).toContain(fragment);
    expect(text).toContain("Formapro Nantes");
  }

  // Staff send the last one for signature by a named contact, see the request pending, then cancel it.
  const sendForm = page.getByTestId("send-form");
  await sendForm.getByLabel("Pour signature par :").check();
  const [signer] = await query<{ contactId: string }>(
    `SELECT a."contactId" FROM "ExtranetAccess" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
    [DEMO_LOGINS.transportsRiviereContact.email],
  );
  await sendForm.getByLabel("Signataire").selectOption(signer!.contactId);
  await sendForm.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("En attente");
  const [notice] = await query<{ subject: string }>(
    `SELECT subject FROM "EmailOutbox" WHERE "to" = $1 AND template = 'document-to-sign' ORDER BY "createdAt" DESC LIMIT 1`,
    [DEMO_LOGINS.transportsRiviereContact.email],
  );
  expect(notice!.subject).toContain("Feuille d’émargement");
  await page.getByRole("button", { name: "Annuler la demande" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Annulée");

  // Another organisation's staff get a 404 for the same file.
  const href = await page.getByTestId("staff-download").getAttribute("href");
  const horizon = await page.context().browser()!.newPage();
  await logIn(horizon, "horizonAdmin");
  await expect(horizon).toHaveURL(/\/admin$/);
  expect((await browserFetch(horizon, href!)).status).toBe(404);
  expect((await horizon.goto(siteUrl(DEMO_HOSTS.horizon, href!.replace(/\/fichier$/, ""))))?.status()).toBe(404);
});

test("a contact opens a document to sign, sees it rendered, signs with the emailed code and downloads the signed PDF", async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/documents?statut=to_sign"));
  const list = page.getByTestId("document-list");
  await expect(list.getByText("Vous êtes invité(e) à signer").first()).toBeVisible();
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  const documentId = page.url().split("/").at(-1)!;

  // pdf.js drew the first page in a canvas.
  await expect(page.getByTestId("pdf-page").first().locator("canvas")).toBeVisible({ timeout: 20_000 });

  await page.getByLabel("Fonction").fill("Directrice des ressources humaines");
  await page.getByLabel("J’ai lu le document et j’accepte de le signer électroniquement.").check();
  const askedAt = Date.now();
  await page.getByRole("button", { name: "Recevoir mon code par e-mail" }).click();
  await expect(page.getByText(`Un code a été envoyé à ${DEMO_LOGINS.groupeMartinContact.email}`)).toBeVisible();
  // The code reaches the signer's mailbox only: neither the subject nor the email log shows it.
  const email = await deliveredEmail(DEMO_LOGINS.groupeMartinContact.email, /code de signature/, askedAt);
  expect(email.subject).not.toMatch(/\d{6}/);
  const code = /\b(\d{6})\b/.exec(email.text)![1]!;

  await page.getByLabel("Code reçu par e-mail (6 chiffres)").fill(code);
  await page.getByRole("button", { name: "Signer le document" }).click();
  // The page refreshes into its signed state.
  await expect(page.getByText(/^Signé par Claire Martin le/)).toBeVisible();
  const download = page.getByTestId("download-signed");
  await expect(download).toBeVisible();

  const [downloadEvent] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const bytes = readFileSync((await downloadEvent.path())!);
  const [request] = await query<{ signedSha256: string; status: string }>(
    `SELECT "signedSha256", status FROM "SignatureRequest" WHERE "documentId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
    [documentId],
  );
  expect(request).toMatchObject({ status: "SIGNED", signedSha256: createHash("sha256").update(bytes).digest("hex") });
  const text = await pdfText(bytes);
  expect(text).toContain("Certificat de signature électronique");
  expect(text).toContain("Claire Martin — Directrice des ressources humaines");
  expect(text).toContain(documentId);

  // The public verification page of this organisation recognises the file; another organisation's does not.
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(siteUrl(DEMO_HOSTS.formapro, "/verification"));
  await visitor.getByLabel("Fichier PDF signé").setInputFiles({ name: "signe.pdf", mimeType: "application/pdf", buffer: bytes });
  await visitor.getByRole("button", { name: "Vérifier" }).click();
  await expect(visitor.getByTestId("verification-result")).toContainText("signé par Claire Martin");
  await visitor.goto(siteUrl(DEMO_HOSTS.horizon, "/verification"));
  await visitor.getByLabel(/Empreinte SHA-256/).fill(request!.signedSha256);
  await visitor.getByRole("button", { name: "Vérifier" }).click();
  await expect(visitor.getByTestId("verification-result")).toContainText("Aucun document signé");
});

test("another company's contact gets not found for the document page and its file", async ({ page }) => {
  const [document] = await query<{ id: string }>(`SELECT id FROM "Document" WHERE "companyId" = $1 AND "sentAt" IS NOT NULL LIMIT 1`, [
    DEMO_COMPANIES.transportsRiviere.id,
  ]);
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  expect((await page.goto(siteUrl(DEMO_HOSTS.formapro, `/documents/${document!.id}`)))?.status()).toBe(404);
  expect((await browserFetch(page, `/documents/${document!.id}/fichier`)).status).toBe(404);
});
