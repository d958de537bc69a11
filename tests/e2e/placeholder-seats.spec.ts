import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

test("a contact names who takes a placeholder seat of its subsidiary's INTRA", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await page.getByLabel("Entreprise affichée").selectOption({ label: "Martin Pâtisserie Nantes" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByTestId("company-context")).toContainText("Martin Pâtisserie Nantes");

  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/formations/participants-a-identifier"));
  await expect(page.getByRole("heading", { name: /4 participants à identifier/ })).toBeVisible();
  const seat = page.getByTestId("placeholder-seat").first();
  await seat.getByRole("button", { name: "Valider" }).click();
  await expect(seat.getByText("Saisissez le prénom.")).toBeVisible();

  await seat.getByLabel("Civilité").selectOption("MRS");
  await seat.getByLabel("Prénom").fill("Inès");
  await seat.getByLabel("Nom", { exact: true }).fill("Garnier");
  await seat.getByLabel("Adresse e-mail").fill("ines.garnier@martin-patisserie.test");
  await seat.getByLabel("Fonction").fill("Pâtissière");
  await seat.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByRole("heading", { name: /3 participants à identifier/ })).toBeVisible();
  await expect(page.getByTestId("placeholder-seat")).toHaveCount(3);

  // The next seat can take a participant the company already has.
  const next = page.getByTestId("placeholder-seat").first();
  await next.getByLabel("Participant déjà connu").check();
  await next.getByLabel("Participant", { exact: true }).selectOption({ index: 1 });
  await next.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByTestId("placeholder-seat")).toHaveCount(2);
});
