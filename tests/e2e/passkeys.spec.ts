import type { Page } from "@playwright/test";
import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

/** Chromium's virtual authenticator (CDP): a platform passkey store that verifies its user, without a prompt. */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

test("a contact adds a passkey in /compte, then signs in with it instead of the password", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  await logIn(page, "groupeMartinContact");
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formapro, "/"));

  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/compte"));
  const panel = page.getByTestId("passkeys");
  await expect(panel).toContainText("Aucune clé d’accès");
  await panel.getByRole("button", { name: "Ajouter une clé d’accès" }).click();
  await expect(panel.locator("#passkey-name-error")).toContainText("Donnez un nom");
  await panel.getByLabel("Nom de la clé").fill("Ordinateur du bureau");
  await panel.getByRole("button", { name: "Ajouter une clé d’accès" }).click();
  await expect(panel.getByRole("status")).toContainText("Clé d’accès ajoutée");
  await expect(panel.getByTestId("passkey")).toHaveCount(1);
  await expect(panel.getByTestId("passkey")).toContainText("Ordinateur du bureau");
  await expect(panel.getByTestId("passkey")).toContainText("Jamais utilisée");
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials.map((credential) => [credential.rpId, credential.isResidentCredential])).toEqual([[DEMO_HOSTS.formapro, true]]);
  await panel.screenshot({ path: test.info().outputPath("passkeys-1366.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.screenshot({ path: test.info().outputPath("passkeys-390.png") });
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole("button", { name: "Se connecter avec une clé d’accès" }).click();
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formapro, "/"));
  await expect(page.getByTestId("user-name")).toHaveText("Claire Martin");

  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/compte"));
  await expect(page.getByTestId("passkey")).toContainText("Dernière utilisation");
});
