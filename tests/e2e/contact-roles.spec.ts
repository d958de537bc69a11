import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

const HOST = DEMO_HOSTS.formapro;

test("a FINANCE contact sees only the money side (invoices, quotes, funding) in the navigation and gets the 404 on /formations", async ({
  page,
}) => {
  await logIn(page, "groupeMartinFinance");
  await expect(page).toHaveURL(siteUrl(HOST, "/"));
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav.getByRole("link")).toHaveText(["Tableau de bord", "Factures", "Devis", "Financements", "Mon compte"]);
  await expect(page.getByTestId("indicator-unpaid")).toBeVisible();
  await expect(page.getByTestId("indicator-upcoming")).toHaveCount(0);

  await nav.getByRole("link", { name: "Factures" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Page introuvable")).toHaveCount(0);

  for (const path of ["/formations", "/participants", "/documents", "/equipe", "/catalogue/panier"]) {
    const response = await page.goto(siteUrl(HOST, path));
    expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});

test("the company's administrator invites a colleague from /equipe and changes a role", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page).toHaveURL(siteUrl(HOST, "/"));
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Équipe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Équipe" })).toBeVisible();

  // Paul Martin is in the organisation's CRM without an access: invited with the role "Formation".
  const invite = page.getByTestId("invite-colleague");
  await invite.getByLabel("Contact").selectOption({ label: "Paul Martin" });
  await invite.getByLabel("Rôle", { exact: true }).selectOption({ label: "Formation" });
  await invite.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(invite.getByRole("status")).toHaveText("Invitation envoyée.");
  await page.reload();
  const paul = page.getByRole("article").filter({ hasText: "Paul Martin" });
  await expect(paul.getByTestId("access-role")).toHaveText("Formation");
  await expect(paul.getByTestId("access-status")).toHaveText("Invité");

  // Then Paul becomes "Finance".
  await paul.getByLabel("Rôle", { exact: true }).selectOption({ label: "Finance" });
  await paul.getByRole("button", { name: "Changer le rôle de Paul Martin" }).click();
  await expect(paul.getByRole("status")).toHaveText("Rôle modifié.");
  await page.reload();
  await expect(page.getByRole("article").filter({ hasText: "Paul Martin" }).getByTestId("access-role")).toHaveText("Finance");

  // Claire cannot leave the company without an administrator.
  const claire = page.getByRole("article").filter({ hasText: "Claire Martin" });
  await claire.getByLabel("Rôle", { exact: true }).selectOption({ label: "Finance" });
  await claire.getByRole("button", { name: "Changer le rôle de Claire Martin" }).click();
  await expect(claire.getByRole("alert")).toContainText("au moins un administrateur actif");
});
