import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { totpCode } from "../../lib/auth/two-factor/totp";
import { DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_TOTP_SECRET, e2eQuery, expect, siteUrl, test } from "./fixtures";

const HOST = DEMO_HOSTS.formapro;

/** A fresh staff manager of Formapro with the demo password (no second factor yet). */
async function newManager() {
  const email = `deux.facteurs.${Date.now().toString(36)}@formapro-conseil.test`;
  await e2eQuery(
    `INSERT INTO "User" (id, "organizationId", kind, "staffRole", email, "passwordHash", "firstName", "lastName", "updatedAt")
     VALUES ($1, $2, 'STAFF', 'MANAGER', $3, $4, 'Camille', 'Deux-Facteurs', now())`,
    [randomUUID(), DEMO_ORGANIZATIONS.formapro.id, email, await bcrypt.hash(DEMO_PASSWORD, 4)],
  );
  return email;
}

async function passwordStep(page: Page, email: string) {
  await page.goto(siteUrl(HOST, "/login"));
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}

test("a manager enrols an authenticator app, then signs in with its code and trusts the device", async ({ page }) => {
  const email = await newManager();
  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/admin$/);

  // Enrolment from the account page: the QR code is drawn by the server, the key can be typed by hand.
  await page.goto(siteUrl(HOST, "/admin/compte"));
  const panel = page.getByTestId("two-factor");
  await expect(panel.getByTestId("totp-qr")).toBeVisible();
  const secret = (await panel.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await panel.getByLabel("Code à 6 chiffres").fill("000000");
  await panel.getByRole("button", { name: "Activer la double authentification" }).click();
  await expect(panel.getByRole("alert")).toContainText("n’est pas le bon");
  await panel.getByLabel("Code à 6 chiffres").fill(totpCode(secret));
  await panel.getByRole("button", { name: "Activer la double authentification" }).click();
  const codes = panel.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await page.screenshot({ path: test.info().outputPath("recovery-codes-1366.png") });
  await panel.getByRole("link", { name: "J’ai noté mes codes, continuer" }).click();
  await expect(page.getByTestId("two-factor-status")).toContainText("Codes de secours restants : 10");

  // The next login asks for the code after the password; the code of the next 30 s step is accepted (clock drift).
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/); // the sign-out's own navigation, before the next one
  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/login\/code$/);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: test.info().outputPath("login-code-390.png") });
  await page.setViewportSize({ width: 1366, height: 900 }); // the sign-out button below is in the phone's menu at 390 px
  await page.getByLabel("Code de vérification").fill(totpCode(secret, new Date(Date.now() + 30_000)));
  await page.getByLabel("Faire confiance à cet appareil 30 jours").check();
  await page.getByRole("button", { name: "Vérifier et me connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // A trusted device: the password is enough on this browser.
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/); // the sign-out's own navigation, before the next one
  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/admin$/);
});

test("an administrator on a new device gives the code of the demo's authenticator app", async ({ page }) => {
  await page.goto(siteUrl(DEMO_HOSTS.horizon, "/login"));
  await page.getByLabel("Adresse e-mail").fill(DEMO_LOGINS.horizonAdmin.email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).toHaveURL(/\/login\/code$/);
  // No session yet: /admin sends back to the login page.
  await page.goto(siteUrl(DEMO_HOSTS.horizon, "/admin"));
  await expect(page).toHaveURL(/\/login$/);
  await page.goto(siteUrl(DEMO_HOSTS.horizon, "/login/code"));
  await page.getByLabel("Code de vérification").fill("999999");
  await page.getByRole("button", { name: "Vérifier et me connecter" }).click();
  await expect(page.locator("#code-error")).toContainText("n’est pas le bon");
  await page.getByLabel("Code de vérification").fill(totpCode(DEMO_TOTP_SECRET));
  await page.getByRole("button", { name: "Vérifier et me connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});
