import { expect, type Page } from "@playwright/test";
import { existsSync } from "node:fs";
import { test as base } from "@playwright/test";
import { CHROMIUM, E2E_PORT } from "../../playwright.config";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

export { expect };
export * from "../../prisma/seed/demo-accounts";

export const test = base.extend({});
test.skip(!existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: browser tests skipped (apt-get install -y chromium)`);

export function siteUrl(host: string, path = "/"): string {
  return `http://${host}:${E2E_PORT}${path}`;
}

/** Signs in through the login form of `host` (by default the login's own host). */
export async function logIn(page: Page, login: keyof typeof DEMO_LOGINS, host: string = DEMO_LOGINS[login].host, password = DEMO_PASSWORD) {
  await page.goto(siteUrl(host, "/login"));
  await page.getByLabel("Adresse e-mail").fill(DEMO_LOGINS[login].email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
