import type { Page } from "@playwright/test";
import { DEMO_COMPANIES, DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

async function chooseGroupView(page: Page) {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toContainText("Groupe Martin");
  await page.getByLabel("Entreprise affichée").selectOption({ label: "Tout le groupe" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByTestId("company-context")).toContainText("Vue du groupe");
}

test("a parent company's contact sees the whole group, with a company column and filter", async ({ page }) => {
  await chooseGroupView(page);
  for (const company of ["Groupe Martin", "Martin Boulangerie Lyon", "Martin Pâtisserie Nantes"]) {
    await expect(page.getByTestId("company-context")).toContainText(company);
  }

  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/participants"));
  await expect(page.getByRole("columnheader", { name: "Entreprise" })).toBeVisible();
  const companies = await page.locator("tbody td[data-label='Entreprise']").allInnerTexts();
  expect(new Set(companies).size).toBeGreaterThan(1);

  await page.locator("select[name=entreprise]").selectOption({ label: "Martin Boulangerie Lyon" });
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`entreprise=${DEMO_COMPANIES.martinBoulangerieLyon.id}`));
  for (const name of await page.locator("tbody td[data-label='Entreprise']").allInnerTexts()) expect(name).toBe("Martin Boulangerie Lyon");

  // Another organisation's company, or a company outside the group, in the filter: not found.
  for (const foreign of [DEMO_COMPANIES.pharmacieDuParc.id, DEMO_COMPANIES.transportsRiviere.id]) {
    for (const path of ["/participants", "/factures", "/documents", "/formations"]) {
      expect((await page.goto(siteUrl(DEMO_HOSTS.formapro, `${path}?entreprise=${foreign}`)))?.status()).toBe(404);
    }
  }
});

test("list headers sort through the query string, with aria-sort, kept by the filters", async ({ page }) => {
  await chooseGroupView(page);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/participants"));
  const nameHeader = page.getByRole("columnheader", { name: "Nom" });
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await nameHeader.getByRole("link").click();
  await expect(page).toHaveURL(/tri=name&ordre=desc/);
  await expect(page.getByRole("columnheader", { name: "Nom" })).toHaveAttribute("aria-sort", "descending");
  const names = await page.locator("tbody td[data-label='Nom']").allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "fr")));

  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page).toHaveURL(/tri=name&ordre=desc/);

  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/factures"));
  const invoices = page.getByRole("table", { name: "Factures" });
  await invoices.getByRole("columnheader", { name: "Total TTC" }).getByRole("link").click();
  await expect(page).toHaveURL(/tri=total&ordre=asc/);
  await expect(invoices.getByRole("columnheader", { name: "Total TTC" })).toHaveAttribute("aria-sort", "ascending");
  await expect(invoices.getByRole("columnheader", { name: "Entreprise" })).toBeVisible();
});
