import { DEMO_HOSTS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

// 404 and error pages stay inside the site: French, with its branding and frame, and a way back.

test("an unknown extranet path answers a branded French 404 inside the extranet, back to the dashboard", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  const response = await page.goto(siteUrl(DEMO_HOSTS.formapro, "/pas-une-rubrique/ni-ceci"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByTestId("site-name")).toHaveText("Formapro Conseil");
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
  await page.getByRole("link", { name: "Retour au tableau de bord" }).click();
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formapro, "/"));
});

test("another company's training id answers the extranet's 404, not data", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  const [foreign] = await e2eQuery<{ id: string }>(
    `SELECT t.id FROM "TrainingAction" t JOIN "Organization" o ON o.id = t."organizationId" WHERE o.slug = 'horizon' LIMIT 1`,
  );
  const response = await page.goto(siteUrl(DEMO_HOSTS.formapro, `/formations/${foreign!.id}`));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour au tableau de bord" })).toBeVisible();
});

test("an unknown admin path answers the admin's 404, back to the admin home", async ({ page }) => {
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);
  const response = await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/inconnu"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByTestId("site-name")).toHaveText("Formapro Conseil");
  await page.getByRole("link", { name: "Retour à l’accueil de l’administration" }).click();
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formapro, "/admin"));
});

test("an unknown catalogue module answers the catalogue's 404; an unknown host stays plain", async ({ page }) => {
  const response = await page.goto(siteUrl(DEMO_HOSTS.horizon, "/catalogue/00000000-0000-0000-0000-000000000000"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByTestId("site-name")).toHaveText("Académie Horizon");
  await expect(page.getByRole("link", { name: "Retour au catalogue" })).toBeVisible();

  const unknown = await page.goto(siteUrl("personne.localhost", "/"));
  expect(unknown?.status()).toBe(404);
  await expect(page.getByText("Cette adresse ne correspond à aucun extranet.")).toBeVisible();
  await expect(page.getByTestId("site-name")).toHaveCount(0);
});

test("a page that fails shows a French error page in the extranet's frame, never Next's English one", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  // A real failure of the page's query (its table gone), not a stub; the table is back in `finally`.
  await e2eQuery(`ALTER TABLE "QualityTicket" RENAME TO "QualityTicket_hidden"`);
  try {
    await page.goto(siteUrl(DEMO_HOSTS.formapro, "/qualite"));
    await expect(page.getByRole("heading", { name: "Cette page n’a pas pu s’afficher" })).toBeVisible();
    await expect(page.getByText(/couldn.t load/i)).toHaveCount(0);
    await expect(page.getByTestId("site-name")).toHaveText("Formapro Conseil");
    await expect(page.getByText(/Référence de l’incident/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Réessayer" })).toBeVisible();
  } finally {
    await e2eQuery(`ALTER TABLE "QualityTicket_hidden" RENAME TO "QualityTicket"`);
  }
  await page.getByRole("link", { name: "Retour au tableau de bord" }).click();
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formapro, "/"));
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/qualite"));
  await expect(page.getByRole("heading", { name: "Cette page n’a pas pu s’afficher" })).toHaveCount(0);
});
