import { seedId } from "../../prisma/seed/seed-ids";
import { DEMO_HOSTS, DEMO_COMPANIES, deliveredEmail, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

const actionId = seedId("action", "formapro/management-nantes");

test("staff build a questionnaire, a participant answers by the emailed link, a contact answers the company's, staff see the results", async ({
  page,
  browser,
}) => {
  const since = Date.now();
  await logIn(page, "formaproManager");
  await page.waitForURL(/\/admin/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/evaluations"));
  const title = `Satisfaction management ${Date.now()}`;
  const newTemplate = page.getByTestId("new-template");
  await newTemplate.getByLabel("Titre").fill(title);
  await newTemplate.getByLabel("Type").selectOption("HOT");
  await newTemplate.getByRole("button", { name: "Créer le questionnaire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const add = page.getByTestId("add-question");
  await add.getByLabel("Question").fill("x");
  await add.getByRole("button", { name: "Ajouter" }).click();
  await expect(add.getByText("Écrivez la question (au moins 3 caractères).")).toBeVisible();
  await add.getByLabel("Question").fill("Êtes-vous satisfait de la formation ?");
  await add.getByLabel("Forme de la réponse").selectOption("SCALE");
  await add.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByTestId("question-list").getByText("Êtes-vous satisfait de la formation ?")).toBeVisible();
  await add.getByLabel("Question").fill("Ce que vous retenez");
  await add.getByLabel("Forme de la réponse").selectOption("TEXT");
  await add.getByLabel("Réponse obligatoire").uncheck();
  await add.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByTestId("question-list").locator("li")).toHaveCount(2);
  await expect(page.getByText("version 3")).toBeVisible();

  // Rules for this one action: the new questionnaire for its participants, the demo's for its companies; then send now.
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/evaluations"));
  const rule = page.getByTestId("rule-form");
  for (const [kind, template] of [
    ["HOT", title],
    ["COMPANY", "Avis de l’entreprise"],
  ]) {
    await rule.getByLabel("S’applique à").selectOption(`action:${actionId}`);
    await rule.getByLabel("Type").selectOption(kind);
    await rule
      .getByLabel("Questionnaire")
      .selectOption({ label: `${template} (${kind === "HOT" ? "À chaud (participants)" : "Entreprise"})` });
    await rule.getByRole("button", { name: "Enregistrer la règle" }).click();
    await expect(rule.getByText("Règle enregistrée.")).toBeVisible();
  }
  const sendNow = page.getByTestId("send-now");
  await sendNow.getByLabel("Action de formation").selectOption(actionId);
  await sendNow.getByRole("button", { name: "Envoyer" }).click();
  await expect(sendNow.getByText("Les questionnaires partent.")).toBeVisible();

  // A participant of Groupe Martin answers through the link of the email in their mailbox.
  const [{ email }] = await e2eQuery<{ email: string }>(
    `SELECT email FROM "EvaluationSend" WHERE "actionId" = $1 AND kind = 'HOT' AND "companyId" = $2 LIMIT 1`,
    [actionId, DEMO_COMPANIES.groupeMartin.id],
  );
  const delivered = await deliveredEmail(email, /Votre avis sur la formation/, since);
  // Production links are https without a port (PUBLIC_URL_*): open the same host and path on this server.
  const emailed = new URL(/href="(http[^"]*\/questionnaire\/[A-Za-z0-9_-]+)"/.exec(delivered.html)![1]);
  const link = siteUrl(emailed.hostname, emailed.pathname);
  const participant = await (await browser.newContext()).newPage();
  await participant.goto(link);
  await expect(participant.getByRole("heading", { level: 1 })).toHaveText(title);
  await participant.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(participant.getByText("Cette question demande une réponse.")).toBeVisible();
  await participant.getByLabel("Ce que vous retenez").fill("Des outils pour mes entretiens annuels.");
  await participant.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(participant.getByText("Cette question demande une réponse.")).toBeVisible();
  await expect(participant.getByLabel("Ce que vous retenez")).toHaveValue("Des outils pour mes entretiens annuels.");
  await participant.getByText("4", { exact: true }).click();
  await participant.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(participant.getByTestId("questionnaire-thanks")).toBeVisible();
  await participant.goto(link);
  await expect(participant.getByTestId("questionnaire-closed")).toHaveText("Ce questionnaire a déjà reçu votre réponse. Merci !");

  // Claire answers her company's questionnaire in the extranet.
  const contact = await (await browser.newContext()).newPage();
  await logIn(contact, "groupeMartinContact");
  await expect(contact.getByTestId("waiting-evaluations")).toBeVisible();
  await contact.getByTestId("waiting-evaluations").getByRole("link").click();
  await contact.getByTestId("to-answer-list").getByRole("link", { name: "Répondre" }).first().click();
  await contact.getByText("5", { exact: true }).click();
  await contact.getByLabel("Montée en compétences").check();
  await contact.getByRole("button", { name: "Envoyer mes réponses" }).click();
  // Once recorded, the page shows the company's answer.
  await expect(contact.getByTestId("company-answer")).toContainText("Montée en compétences");
  await contact.goto(siteUrl(DEMO_HOSTS.formapro, "/evaluations"));
  await expect(contact.getByTestId("answered-list")).toContainText("Avis de l’entreprise");

  // Staff see the results of the action.
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/evaluations/resultats?action=${actionId}&type=HOT`));
  await expect(page.getByTestId("answered")).toHaveText("1");
  await expect(page.getByTestId("satisfaction-rate")).toHaveText(/100/);
  await expect(page.getByText("Des outils pour mes entretiens annuels.")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/evaluations-results-390.png", fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: "test-results/evaluations-results-1366.png", fullPage: true });
});
