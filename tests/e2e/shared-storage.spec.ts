import { readFile } from "node:fs/promises";
import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const csv = Buffer.from("Nom;Prénom\r\nDurand;Léa\r\n");

test("a contact uploads several files with progress, drops one, downloads one; staff see who uploaded it", async ({ page, browser }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/stockage"));
  await expect(page.getByRole("heading", { name: "Espace de stockage", level: 1 })).toBeVisible();

  // Several files at once through the picker: one accepted, one refused from its content.
  await page.locator('input[type="file"]').setInputFiles([
    { name: "Planning e2e.pdf", mimeType: "application/pdf", buffer: pdf },
    { name: "outil.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00]) },
  ]);
  const planning = page.getByRole("listitem").filter({ hasText: "Planning e2e.pdf" });
  await expect(planning.getByText("Envoyé")).toBeVisible();
  await expect(planning.getByRole("progressbar")).toHaveAttribute("value", "100");
  await expect(page.getByRole("listitem").filter({ hasText: "outil.pdf" }).getByText("Type de fichier non autorisé.")).toBeVisible();

  // Drag and drop.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "Liste e2e.csv", { type: "text/csv" }));
    return transfer;
  }, csv.toString());
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("listitem").filter({ hasText: "Liste e2e.csv" }).getByText("Envoyé")).toBeVisible();

  let row = page.getByTestId("shared-file").filter({ hasText: "Planning e2e.pdf" });
  await expect(row).toContainText("Claire Martin");
  await expect(page.getByTestId("shared-file").filter({ hasText: "Liste e2e.csv" })).toBeVisible();
  await expect(page.getByTestId("shared-file").filter({ hasText: "outil.pdf" })).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Planning e2e.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("Planning e2e.pdf");
  expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);

  // Rename one's own file.
  await row.getByRole("button", { name: "Renommer Planning e2e.pdf" }).click();
  await row.getByLabel("Nouveau nom").fill("Planning final");
  await row.getByRole("button", { name: "Enregistrer" }).click();
  row = page.getByTestId("shared-file").filter({ hasText: "Planning final.pdf" });
  await expect(row).toBeVisible();

  // The organisation's staff see it in the company's space, with who uploaded it.
  const staff = await (await browser.newContext()).newPage();
  await logIn(staff, "formaproAdmin");
  await staff.waitForURL(/\/admin/);
  await staff.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/stockage"));
  await staff
    .getByRole("link", { name: /Groupe Martin/ })
    .first()
    .click();
  await expect(staff.getByTestId("shared-file").filter({ hasText: "Planning final.pdf" })).toContainText("Claire Martin");

  // A direct download URL does not work without the company's session.
  const fileId = await row.getByRole("link").first().getAttribute("href");
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(siteUrl(DEMO_HOSTS.formapro, fileId!));
  await expect(anonymous).toHaveURL(/\/login/);
});
