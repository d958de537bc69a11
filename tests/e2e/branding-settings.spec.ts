import path from "node:path";
import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

test("the brand colour has a picker kept in sync with its hex field, a live preview and a contrast warning", async ({ page }) => {
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/parametres"));
  const form = page.getByTestId("branding-form");
  const hex = form.getByLabel("Couleur principale");
  const picker = form.getByLabel("Nuancier");
  const preview = form.getByTestId("brand-preview");
  await expect(preview.getByTestId("preview-header")).toContainText("Formapro Conseil");
  await expect(preview.getByTestId("preview-email")).toContainText("Activer mon accès");

  // A dark colour: white text passes AA, no warning; the picker and the preview follow the hex field.
  await hex.fill("#1e3a8a");
  await expect(picker).toHaveValue("#1e3a8a");
  await expect(preview.getByTestId("preview-header")).toHaveCSS("border-bottom-color", "rgb(30, 58, 138)");
  await expect(form.getByText("Contraste insuffisant")).toHaveCount(0);

  // A light one from the picker: the hex field follows, and the warning says why.
  await picker.fill("#facc15");
  await expect(hex).toHaveValue("#facc15");
  await expect(form.getByText(/Contraste insuffisant : du texte blanc sur cette couleur n’atteint que 1,\d:1/)).toBeVisible();
  await expect(preview.getByTestId("preview-header")).toHaveCSS("border-bottom-color", "rgb(250, 204, 21)");

  // A malformed hex hides the preview rather than drawing a wrong colour.
  await hex.fill("#12");
  await expect(preview).toHaveCount(0);
});

test("a chosen logo is shown before it is uploaded", async ({ page }) => {
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/parametres"));
  const form = page.getByTestId("logo-form");
  await expect(form.getByTestId("logo-choice")).toHaveCount(0);
  await form.getByLabel("Fichier du logo").setInputFiles(path.join("public/demo/logos", "formapro.svg"));
  await expect(form.getByRole("img", { name: "Logo choisi (pas encore envoyé)" })).toBeVisible();
});
