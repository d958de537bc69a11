import { DEMO_COMPANIES, DEMO_HOSTS, deliveredEmail, expect, logIn, siteUrl, test } from "./fixtures";

test("staff invites a contact who activates the access on the sub-centre's host; cutting the access ends the session", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const email = `ines.garnier.${stamp}@martin-boulangerie.test`;

  // Staff switches the extranet option off, then on again.
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/parametres"));
  const option = page.getByLabel("Activer l’Extranet Entreprise");
  await expect(option).toBeChecked();
  await option.uncheck();
  await page.getByTestId("options-form").getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("options-form").getByRole("status")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Activer l’Extranet Entreprise")).not.toBeChecked();
  await page.getByLabel("Activer l’Extranet Entreprise").check();
  await page.getByTestId("options-form").getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("options-form").getByRole("status")).toBeVisible();

  // A contact of a Lyon company, created with the (pre-checked) invitation box.
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/contacts/nouveau"));
  // The company picker: type part of the name, then pick the suggestion (what choosing it in the list does).
  await page.getByLabel("Entreprise", { exact: true }).fill("Martin Boulangerie");
  const suggestion = page.locator("#contact-form-companyId-choices option").first();
  await expect(suggestion).toHaveAttribute("value", new RegExp(`^${DEMO_COMPANIES.martinBoulangerieLyon.name}`));
  await page.getByLabel("Entreprise", { exact: true }).fill((await suggestion.getAttribute("value"))!);
  await expect(page.locator('input[name="companyId"]')).toHaveValue(DEMO_COMPANIES.martinBoulangerieLyon.id);
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByLabel("Nom", { exact: true }).fill(`Garnier ${stamp}`);
  await page.getByLabel("E-mail").fill(email);
  await expect(page.getByLabel("Inviter ce Contact à accéder à l’Extranet de son Entreprise")).toBeChecked();
  await page.getByRole("button", { name: "Créer le contact" }).click();
  await expect(page.getByText("l’invitation à l’Extranet Entreprise est partie")).toBeVisible();
  await expect(page.getByTestId("access-status")).toHaveText("Invité");
  const contactPage = page.url();

  // The email log shows the invitation with its link masked; the contact's mailbox has the real one.
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/emails"));
  await page.getByTestId("email-row").filter({ hasText: email }).first().getByRole("link").click();
  await expect(page.getByTestId("email-to")).toHaveText(email);
  await expect(page.getByTestId("email-redacted")).toBeVisible();
  expect(await page.getByTestId("email-text").textContent()).not.toMatch(/\/invitation\/[A-Za-z0-9_-]{20,}/);
  const link = /https?:\/\/[^\s"<)\]]+\/invitation\/[A-Za-z0-9_-]+/.exec((await deliveredEmail(email)).text)?.[0];
  expect(link).toBeTruthy();
  const emailed = new URL(link!);
  expect(emailed.hostname).toBe(DEMO_HOSTS.formaproLyon);
  // Production links are https without a port (PUBLIC_URL_*): open the same host and path on this server.
  const invitationUrl = siteUrl(emailed.hostname, emailed.pathname);

  // The contact opens it on the Lyon centre's host, sets a password and lands in the extranet.
  const contactContext = await browser.newContext();
  const contact = await contactContext.newPage();
  await contact.goto(invitationUrl);
  await expect(contact.getByTestId("site-name")).toHaveText("Formapro Lyon");
  await contact.getByLabel("Mot de passe", { exact: true }).fill("faible");
  await expect(contact.getByText("Très faible").or(contact.getByText("Faible"))).toBeVisible();
  await contact.getByLabel("Mot de passe", { exact: true }).fill("Bienvenue#2026");
  await expect(contact.getByText("Solide")).toBeVisible();
  await contact.getByLabel("Confirmer le mot de passe").fill("Bienvenue#2026");
  await contact.getByRole("button", { name: "Activer mon accès" }).click();
  await expect(contact).toHaveURL(siteUrl(DEMO_HOSTS.formaproLyon, "/"));
  await expect(contact.getByTestId("user-name")).toHaveText(`Inès Garnier ${stamp}`);

  // The link is single use.
  const again = await contactContext.newPage();
  await again.goto(invitationUrl);
  await expect(again.getByTestId("invitation-invalid")).toBeVisible();
  await again.close();

  // Staff cuts the access: the status is a badge, the cut a red button that asks first.
  await page.goto(contactPage);
  await expect(page.getByTestId("access-status")).toHaveText("Accès actif");
  await page.getByRole("button", { name: /Couper l’accès de Inès/ }).click();
  const confirmation = page.getByRole("alertdialog", { name: /Couper l’accès de Inès/ });
  await expect(confirmation).toBeVisible();
  await confirmation.getByRole("button", { name: "Annuler" }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(page.getByTestId("access-status")).toHaveText("Accès actif");
  await page.getByRole("button", { name: /Couper l’accès de Inès/ }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Couper l’accès", exact: true }).click();
  await expect(page.getByTestId("access-status")).toHaveText("Accès coupé");

  // The contact's next click lands on the login page.
  await contact.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Formations" }).click();
  await expect(contact).toHaveURL(/\/login\?expired=1$/);
  await contactContext.close();
});

test("a manager does not see the settings", async ({ page }) => {
  await logIn(page, "formaproManager");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Entreprises" })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Paramètres" })).toHaveCount(0);
  const response = await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/parametres"));
  expect(response?.status()).toBe(404);
});

test("repeated wrong passwords get a clear French message", async ({ page }) => {
  // An address that is no account: the limit is per address typed, so no demo login is locked for other specs.
  const tryLogIn = async () => {
    await page.goto(siteUrl(DEMO_HOSTS.horizon, "/login"));
    await page.getByLabel("Adresse e-mail").fill("robot@exemple.test");
    await page.getByLabel("Mot de passe").fill("Mauvais#2026");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    await tryLogIn();
    await expect(page.getByText("Adresse e-mail ou mot de passe incorrect")).toBeVisible();
  }
  await tryLogIn();
  await expect(page.getByText("Trop de tentatives de connexion")).toBeVisible();
});

test("a contact resets a forgotten password through the emailed link", async ({ page, browser }) => {
  await page.goto(siteUrl(DEMO_HOSTS.formaproNantes, "/login"));
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page).toHaveURL(/\/mot-de-passe-oublie$/);
  const requestedAt = Date.now();
  await page.getByLabel("Adresse e-mail").fill("isabelle.riviere@transports-riviere.test");
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByText("Si cette adresse correspond à un compte")).toBeVisible();

  // Staff (an administrator) sees that the email left, never its link: the account cannot be taken over from the log.
  const staff = await browser.newPage();
  await logIn(staff, "formaproAdmin");
  await expect(staff).toHaveURL(/\/admin$/);
  await staff.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/emails"));
  await staff.getByTestId("email-row").filter({ hasText: "isabelle.riviere@transports-riviere.test" }).first().getByRole("link").click();
  await expect(staff.getByTestId("email-redacted")).toBeVisible();
  expect(await staff.getByTestId("email-text").textContent()).not.toMatch(/mot-de-passe-oublie\/[A-Za-z0-9_-]{20,}/);
  await staff.close();

  const delivered = await deliveredEmail("isabelle.riviere@transports-riviere.test", /mot de passe/i, requestedAt);
  const link = /https?:\/\/[^\s"<)\]]+\/mot-de-passe-oublie\/[A-Za-z0-9_-]+/.exec(delivered.html)?.[0];
  expect(link).toBeTruthy();
  const emailed = new URL(link!);
  expect(emailed.hostname).toBe(DEMO_HOSTS.formaproNantes);

  await page.goto(siteUrl(emailed.hostname, emailed.pathname));
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("Oublie#Nantes26");
  await page.getByLabel("Confirmer le nouveau mot de passe").fill("Oublie#Nantes26");
  await page.getByRole("button", { name: "Enregistrer et me connecter" }).click();
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formaproNantes, "/"));
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByTestId("login-email")).toContainText("isabelle.riviere@transports-riviere.test");

  // Back to the demo password from the account page (other specs log in with it).
  await page.getByLabel("Mot de passe actuel").first().fill("Oublie#Nantes26");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("Passerelle#2026");
  await page.getByLabel("Confirmer le nouveau mot de passe").fill("Passerelle#2026");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe a été changé")).toBeVisible();
  await expect(page).toHaveURL(/\/compte\?password=1$/);
});
