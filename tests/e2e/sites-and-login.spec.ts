import {
  DEMO_COMPANIES,
  DEMO_HOSTS,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_REVOKED_LOGIN,
  expect,
  logIn,
  siteUrl,
  submitLogin,
  test,
} from "./fixtures";

test("a contact logs in on two organisations' hosts and sees each one's branding", async ({ browser }) => {
  const formapro = await browser.newPage();
  await logIn(formapro, "groupeMartinContact");
  await expect(formapro.getByTestId("company-context")).toContainText("Groupe Martin");
  await expect(formapro.getByTestId("site-name")).toHaveText("Formapro Conseil");

  const horizon = await browser.newPage();
  await logIn(horizon, "pharmacieDuParcContact");
  await expect(horizon.getByTestId("company-context")).toContainText("Pharmacie du Parc");
  await expect(horizon.getByTestId("site-name")).toHaveText("Académie Horizon");

  const brand = (page: typeof formapro) => page.locator("header").evaluate((header) => getComputedStyle(header).borderBottomColor);
  expect(await brand(formapro)).not.toBe(await brand(horizon));
});

test("sub-centres and custom domains carry the centre's branding on the login page", async ({ page }) => {
  await page.goto(siteUrl(DEMO_HOSTS.formaproLyon, "/login"));
  await expect(page.getByTestId("site-name")).toHaveText("Formapro Lyon");
  await page.goto(siteUrl(DEMO_HOSTS.formaproLyonCustom, "/login"));
  await expect(page.getByTestId("site-name")).toHaveText("Formapro Lyon");
  await page.goto(siteUrl(DEMO_HOSTS.formaproNantes, "/login"));
  await expect(page.getByTestId("site-name")).toHaveText("Formapro Nantes");
});

test("an unknown host and the internal site segment answer not found", async ({ page }) => {
  expect((await page.goto(siteUrl("inconnu.localhost", "/login")))?.status()).toBe(404);
  expect((await page.goto(siteUrl(DEMO_HOSTS.formapro, `/s/${DEMO_HOSTS.horizon}/login`)))?.status()).toBe(404);
});

test("a wrong password gets a French message and keeps the email", async ({ page }) => {
  await submitLogin(page, "groupeMartinContact", DEMO_HOSTS.formapro, "Mauvais#2026");
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(DEMO_LOGINS.groupeMartinContact.email);
});

test("a badly typed email is flagged next to the field", async ({ page }) => {
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/login"));
  await page.getByLabel("Adresse e-mail").fill("claire.martin");
  await page.getByLabel("Mot de passe").fill("x");
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
});

test("staff of one organisation cannot log in on another organisation's host", async ({ page }) => {
  await submitLogin(page, "formaproAdmin", DEMO_HOSTS.horizon);
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect")).toBeVisible();
  await page.goto(siteUrl(DEMO_HOSTS.horizon, "/admin"));
  await expect(page).toHaveURL(/\/login$/);
});

test("staff land in /admin of their organisation", async ({ page }) => {
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("staff-context")).toContainText("Formapro Conseil");
});

test("a session made on one host is refused on another host", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  const cookies = await context.cookies(siteUrl(DEMO_HOSTS.formapro));
  // Replay the session cookie on the Lyon centre's host (same organisation) and on another organisation's.
  for (const host of [DEMO_HOSTS.formaproLyon, DEMO_HOSTS.horizon]) {
    await context.addCookies(cookies.map(({ name, value }) => ({ name, value, url: siteUrl(host) })));
    await page.goto(siteUrl(host, "/"));
    await expect(page).toHaveURL(/\/login$/);
  }
  await context.close();
});

test("a revoked contact cannot log in", async ({ page }) => {
  await page.goto(siteUrl(DEMO_REVOKED_LOGIN.host, "/login"));
  await page.getByLabel("Adresse e-mail").fill(DEMO_REVOKED_LOGIN.email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect")).toBeVisible();
});

test("a parent company's contact switches to a subsidiary, never to another company", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await page.getByLabel("Entreprise affichée").selectOption({ label: DEMO_COMPANIES.martinBoulangerieLyon.name });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByTestId("company-context")).toContainText(DEMO_COMPANIES.martinBoulangerieLyon.name);

  // A tampered form naming another organisation's company is refused with a message.
  await page
    .locator("#companyId option")
    .first()
    .evaluate((option, id) => ((option as HTMLOptionElement).value = id), DEMO_COMPANIES.pharmacieDuParc.id);
  await page.getByLabel("Entreprise affichée").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByText("Cette entreprise n’est pas accessible")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("company-context")).toContainText(DEMO_COMPANIES.martinBoulangerieLyon.name);
});

test("the interface switches to English and back", async ({ page }) => {
  await logIn(page, "pharmacieDuParcContact");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

test("logging out ends the session", async ({ page }) => {
  await logIn(page, "transportsRiviereContact");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto(siteUrl(DEMO_HOSTS.formaproNantes, "/"));
  await expect(page).toHaveURL(/\/login$/);
});
