import { seedId } from "../../prisma/seed/seed-ids";
import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

test("a visitor browses the public catalogue at the default price and requests an enrolment", async ({ page }) => {
  await page.goto(siteUrl(DEMO_HOSTS.formaproNantes, "/catalogue"));
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await expect(page.getByTestId("contact-banner")).toHaveCount(0);
  const sst = page.getByTestId("catalogue-module").filter({ hasText: "Sauveteur Secouriste" });
  await expect(sst.getByTestId("module-price")).toContainText("250,00 €");
  await expect(sst.getByRole("button", { name: "Inscrire un ou des participants à une INTER" })).toHaveCount(0);

  await page.getByLabel("Rechercher une formation").fill("incendie");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByTestId("catalogue-module")).toHaveCount(1);
  await page.getByRole("link", { name: /Équipier de première intervention/ }).click();
  await expect(page.getByRole("heading", { name: "Objectifs" })).toBeVisible();

  await page.getByLabel("Une entreprise").check();
  await page.getByLabel("Entreprise", { exact: true }).fill("Boulangerie Test");
  await page.getByLabel("Nom et prénom").first().fill("Paul Visiteur");
  await page.getByLabel("Adresse e-mail").first().fill("paul.visiteur@example.test");
  await page.getByRole("button", { name: "Envoyer la demande", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(/Votre demande CMD-\d{4}-\d{4} est envoyée/);
});

test("a contact enrols an existing and a new participant at the company price; staff confirm the order", async ({ browser }) => {
  // Staff first open seats on the Nantes SST session, full in the demo data.
  const staff = await (await browser.newContext()).newPage();
  await logIn(staff, "formaproAdmin");
  await staff.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/formations"));
  const sstSession = staff.getByTestId("admin-module").filter({ hasText: "SST-I" }).getByTestId("admin-session").first();
  await sstSession.getByLabel("Max.").fill("10");
  await sstSession.getByRole("button", { name: "Enregistrer" }).click();
  await expect(sstSession).toContainText("/ 10 places prises");

  // The contact opens the catalogue from the extranet.
  const contact = await (await browser.newContext()).newPage();
  await logIn(contact, "transportsRiviereContact");
  await expect(contact.getByTestId("company-context")).toContainText("Transports Rivière");
  await contact.getByRole("link", { name: "Catalogue" }).first().click();
  await expect(contact).toHaveURL(/\/catalogue$/);
  await expect(contact.getByTestId("contact-banner")).toContainText("Vous naviguez en tant que contact de Transports Rivière");
  const sst = contact.getByTestId("catalogue-module").filter({ hasText: "Sauveteur Secouriste" });
  await expect(sst.getByTestId("module-price")).toContainText("220,00 €");
  await expect(sst.getByTestId("module-price")).toContainText("Tarif entreprise");
  await expect(sst.getByTestId("session-price").first()).toContainText("220,00 €");
  await sst.getByRole("button", { name: "Inscrire un ou des participants à une INTER" }).first().click();
  await expect(contact).toHaveURL(/\/catalogue\/panier$/);

  // An existing participant of the company…
  const line = contact.getByTestId("cart-line");
  const add = line.locator("li form button").first();
  const existingName = (await add.getAttribute("aria-label"))!.replace(/^Ajouter /, "");
  await add.click();
  await expect(line.getByRole("list", { name: "Participants choisis" })).toContainText(existingName);

  // …and a new one, whose email is checked first.
  await line.getByText("Ajouter un nouveau participant").click();
  await line.getByLabel("Prénom").fill("Zoé");
  await line.getByLabel("Nom", { exact: true }).fill("Nouvelle");
  await line.getByLabel("E-mail").fill("zoe.nouvelle");
  await line.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(line.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
  await line.getByLabel("E-mail").fill("zoe.nouvelle@transports-riviere.test");
  await line.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(line.getByRole("list", { name: "Participants choisis" })).toContainText("Zoé Nouvelle");
  await expect(contact.getByTestId("cart-total")).toContainText("440,00 €");
  await expect(contact.getByTestId("cart-total")).toContainText("2 participants");

  await contact.getByRole("button", { name: "Valider les inscriptions" }).click();
  await expect(contact).toHaveURL(/\/catalogue\/commandes\?created=/);
  const order = contact.getByTestId("order").first();
  const number = (await order.getByRole("heading").textContent())!.replace("Commande ", "").trim();
  await expect(order.getByTestId("order-status")).toHaveText("En attente de confirmation");
  await expect(order).toContainText(existingName);
  await expect(order).toContainText("Zoé Nouvelle · en attente");

  // Staff confirm it with a message.
  await staff.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/commandes"));
  const incoming = staff.getByTestId("admin-order").filter({ hasText: number });
  await expect(incoming).toContainText("Transports Rivière");
  await incoming.getByLabel("Message au contact (facultatif)").fill("Inscriptions confirmées, convocations à suivre.");
  await incoming.getByRole("button", { name: "Confirmer" }).click();
  await expect(incoming.getByTestId("admin-order-status")).toHaveText("Confirmée");

  // The contact sees the enrolments confirmed, then goes back to the extranet.
  await contact.reload();
  const confirmed = contact.getByTestId("order").filter({ hasText: number });
  await expect(confirmed.getByTestId("order-status")).toHaveText("Confirmée");
  await expect(confirmed.getByTestId("order-enrolment")).toHaveText([`${existingName} · confirmée`, "Zoé Nouvelle · confirmée"]);
  await expect(confirmed).toContainText("Inscriptions confirmées, convocations à suivre.");
  await contact.getByRole("link", { name: "Retour à l’extranet" }).click();
  await expect(contact.getByTestId("company-context")).toContainText("Transports Rivière");
});

test("a contact asks for an INTRA and follows its status", async ({ page }) => {
  await logIn(page, "transportsRiviereContact");
  await page.goto(siteUrl(DEMO_HOSTS.formaproNantes, "/catalogue"));
  await page
    .getByTestId("catalogue-module")
    .filter({ hasText: "Équipier de première intervention" })
    .getByRole("link", { name: "Programme détaillé et demande d’INTRA" })
    .click();
  await expect(page.getByRole("heading", { name: "Demander une inscription" })).toHaveCount(0);
  await page.getByLabel("Nombre de participants").fill("9");
  await page.getByLabel("Période souhaitée").fill("Avant l’été");
  await page.getByLabel("Lieu souhaité").fill("Saint-Herblain");
  await page.getByRole("button", { name: "Envoyer la demande d’INTRA" }).click();
  await expect(page).toHaveURL(/\/catalogue\/commandes\?intra=1/);
  const request = page.getByTestId("intra-request").filter({ hasText: "Équipier de première intervention" });
  await expect(request).toContainText("Reçue");
  await expect(request).toContainText("9 participants");
});

test("another organisation's module and an unpublished module are not found", async ({ page }) => {
  expect((await page.goto(siteUrl(DEMO_HOSTS.formapro, `/catalogue/${seedId("module", "formapro/EPI")}`)))?.status()).toBe(200);
  expect((await page.goto(siteUrl(DEMO_HOSTS.formapro, `/catalogue/${seedId("module", "horizon/ACC-HOT")}`)))?.status()).toBe(404);
  expect((await page.goto(siteUrl(DEMO_HOSTS.formapro, `/catalogue/${seedId("module", "formapro/RGPD")}`)))?.status()).toBe(404);
  // The cart and the orders belong to a logged-in contact.
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/catalogue/commandes"));
  await expect(page).toHaveURL(/\/login$/);
});
