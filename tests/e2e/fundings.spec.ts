import type { Page } from "@playwright/test";
import { seedId } from "../../prisma/seed/seed-ids";
import { DEMO_COMPANIES, DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

const EPI = seedId("action", "formapro/epi-lyon");
const SHOTS = process.env.FUNDING_SHOTS;

/** Screenshots at a desktop's and a phone's width, when FUNDING_SHOTS names a folder. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("staff add an OPCO funding; the company sees it on the training and its dashboard", async ({ page }) => {
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/formations/${EPI}`));
  const martin = page.getByRole("region", { name: DEMO_COMPANIES.groupeMartin.name, exact: true });
  await martin.getByText("Ajouter un financement").click();
  const form = page.getByTestId(`funding-new-${DEMO_COMPANIES.groupeMartin.id}`);
  // The first seat is funded in full by the demo's OPCO EP line: the second one.
  await form.getByLabel("Entreprise ou participant").selectOption({ index: 1 });
  await form.getByLabel("N° d’accord de prise en charge").fill("AK-E2E-2026");
  await form.getByLabel("Montant pris en charge (€ HT)").fill("120");
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(form.getByText("Choisissez l’OPCO.")).toBeVisible();
  await expect(form.getByLabel("Montant pris en charge (€ HT)")).toHaveValue("120");
  await form.getByLabel("OPCO", { exact: true }).selectOption({ label: "Akto" });
  await form.getByLabel("Statut").selectOption("REQUESTED");
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(form.getByRole("status")).toHaveText("Financement enregistré.");
  await expect(form.getByLabel("N° d’accord de prise en charge")).toHaveValue("");
  const row = martin.getByTestId("funding-row").filter({ hasText: "AK-E2E-2026" });
  await expect(row).toContainText("Akto");
  await shoot(page, "admin-action");

  // Editing opens the form in a dialog over the page: a table row is too narrow for it.
  await row.getByRole("button", { name: "Modifier", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Modifier le financement : OPCO · Akto" });
  await dialog.getByLabel("Statut").selectOption("GRANTED");
  await dialog.getByRole("button", { name: "Enregistrer" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Financement enregistré.");
  await shoot(page, "admin-funding-dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Accordé");

  await page.context().clearCookies();
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await expect(page.getByTestId("indicator-fundings-to-request")).toBeVisible();
  await expect(page.getByTestId("indicator-fundings-pending")).toBeVisible();
  await shoot(page, "dashboard");
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/formations/${EPI}`));
  const panel = page.getByTestId("training-funding");
  await expect(panel.getByTestId("funding-row").filter({ hasText: "AK-E2E-2026" })).toContainText("OPCO · Akto");
  await expect(panel.getByTestId("funding-left")).toContainText("Reste à la charge de l’entreprise");
  await shoot(page, "training");

  await page.getByRole("link", { name: "Tous les financements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Financements" })).toBeVisible();
  await page.getByLabel("Statut").selectOption("TO_REQUEST");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/statut=TO_REQUEST/);
  await expect(page.getByTestId("funding-row").first()).toContainText("À demander");
  await shoot(page, "fundings-list");
});
