import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

test("a contact opens a ticket, staff acknowledge and reply, the contact sees the reply", async ({ page, browser }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/qualite"));
  await page.getByRole("link", { name: "Nouveau ticket" }).click();
  await page.getByRole("button", { name: "Envoyer le ticket" }).click();
  await expect(page.getByText("Choisissez une catégorie.")).toBeVisible();

  const subject = `Salle trop froide ${Date.now()}`;
  await page.getByLabel("Catégorie").selectOption("RECLAMATION");
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Description").fill("La salle de formation était à 16 °C toute la matinée.");
  await page.getByLabel("Pièces jointes").setInputFiles({
    name: "thermometre.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  });
  await page.getByRole("button", { name: "Envoyer le ticket" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(subject);
  await expect(page.getByRole("link", { name: "thermometre.png" })).toBeVisible();
  await expect(page.getByText("Ouvert", { exact: true })).toBeVisible();
  const ticketUrl = page.url();

  const staff = await (await browser.newContext()).newPage();
  await logIn(staff, "formaproManager");
  await staff.waitForURL(/\/admin/);
  await staff.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/tickets?categorie=RECLAMATION"));
  await staff.getByRole("link", { name: subject }).click();
  await staff.getByRole("button", { name: "Prendre en compte" }).click();
  await expect(staff.getByRole("button", { name: "Passer en cours" })).toBeVisible();
  await staff.getByLabel("Votre message").fill("Nous avons contacté le site : le chauffage sera vérifié avant la prochaine session.");
  await staff.getByRole("button", { name: "Envoyer", exact: true }).click();
  // The thread: the description, the attachment, then the reply.
  await expect(staff.getByTestId("ticket-message")).toHaveCount(3);
  await expect(staff.getByTestId("ticket-message").last()).toContainText("le chauffage sera vérifié");

  const csv = await staff.evaluate(async () => {
    const response = await fetch("/admin/tickets/export");
    return { type: response.headers.get("content-type"), text: await response.text() };
  });
  expect(csv.type).toContain("text/csv");
  expect(csv.text).toContain(subject);

  await page.goto(ticketUrl);
  await expect(page.getByText("Pris en compte", { exact: true })).toBeVisible();
  await expect(page.getByTestId("ticket-message").last()).toContainText("le chauffage sera vérifié");
  await expect(page.getByTestId("ticket-message").last()).toContainText("Thomas Leroy");
});
