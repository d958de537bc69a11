import { expect, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { test as base } from "@playwright/test";
import { CHROMIUM, E2E_PORT } from "../../playwright.config";
import { TRUSTED_DEVICE_COOKIE, trustedDeviceValue } from "../../scripts/trusted-device-cookie";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { e2eMailboxDir } from "../../scripts/e2e-mailbox";
import { AccessibilityWatch, describeFindings } from "./accessibility-watch";

export { expect };
export * from "../../prisma/seed/demo-accounts";

export const test = base.extend<{ accessibility: AccessibilityWatch }>({
  // Auto: every page of every test goes through axe-core (see accessibility-watch.ts).
  accessibility: [
    async ({ browser, context }, use) => {
      const watch = new AccessibilityWatch();
      watch.watchContext(context);
      const undo = watch.watchBrowser(browser);
      await use(watch);
      undo();
      const findings = await watch.finish();
      if (!process.env.AXE_REPORT_ONLY) expect(findings, describeFindings(findings)).toEqual([]);
    },
    { auto: true },
  ],
});
test.skip(!existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: browser tests skipped (apt-get install -y chromium)`);

export function siteUrl(host: string, path = "/"): string {
  return `http://${host}:${E2E_PORT}${path}`;
}

/**
 * Signs in through the login form of `host` (by default the login's own host) and waits for the landing page:
 * a navigation started before the sign-in answers would abort it and leave the browser signed out.
 * Administrators have a second factor: they sign in from a device they trusted ("Faire confiance à cet
 * appareil"), as they would day to day; tests/e2e/two-factor.spec.ts goes through the code step itself.
 */
export async function logIn(page: Page, login: keyof typeof DEMO_LOGINS, host: string = DEMO_LOGINS[login].host) {
  await submitLogin(page, login, host);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Fills and submits the login form without waiting for its outcome: for the tests of a refused sign-in. */
export async function submitLogin(
  page: Page,
  login: keyof typeof DEMO_LOGINS,
  host: string = DEMO_LOGINS[login].host,
  password = DEMO_PASSWORD,
) {
  if (DEMO_LOGINS[login].staffRole === "ADMIN") await trustThisDevice(page, DEMO_LOGINS[login].email, host);
  await page.goto(siteUrl(host, "/login"));
  await page.getByLabel("Adresse e-mail").fill(DEMO_LOGINS[login].email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}

/** The cookie "Faire confiance à cet appareil 30 jours" gives, for the account `email` on `host` (the e2e server shares AUTH_SECRET). */
export async function trustThisDevice(page: Page, email: string, host: string) {
  const value = await trustedDeviceValue({ databaseUrl: e2eDatabaseUrl(), email, host });
  await page.context().addCookies([{ name: TRUSTED_DEVICE_COOKIE, value, domain: host, path: "/", httpOnly: true, sameSite: "Lax" }]);
}

export interface DeliveredEmail {
  subject: string;
  html: string;
  /** The text a reader sees (tags removed, entities of links decoded). */
  text: string;
}

async function latestDelivered(to: string, subject: RegExp, since: number): Promise<DeliveredEmail | null> {
  const folder = e2eMailboxDir(E2E_PORT);
  const names = existsSync(folder) ? await readdir(folder) : [];
  const emails = await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      const content = await readFile(file, "utf8");
      const envelope = /^<!-- From: .* \| To: (.*) \| Subject: (.*) -->\n/.exec(content);
      return envelope && { to: envelope[1], subject: envelope[2]!, html: content, at: (await stat(file)).mtimeMs };
    }),
  );
  const match = emails
    .filter((email) => email?.to === to && subject.test(email.subject) && email.at >= since)
    .sort((a, b) => b!.at - a!.at)[0];
  if (!match) return null;
  const text = match.html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
  return { subject: match.subject, html: match.html, text };
}

/**
 * The last email delivered to `to` (since the instant `since`, ms) whose subject matches, as its recipient
 * gets it: the e2e server has no provider, so it delivers to its local mailbox folder.
 */
export async function deliveredEmail(to: string, subject: RegExp = /./, since = 0): Promise<DeliveredEmail> {
  let found: DeliveredEmail | null = null;
  await expect.poll(async () => (found = await latestDelivered(to, subject, since)), { timeout: 20_000 }).not.toBeNull();
  return found!;
}

/** The e2e server's throwaway database (scripts/e2e-server.ts writes its URL). */
const e2eDatabaseUrl = () => readFileSync(path.join(tmpdir(), `passerelle-e2e-${E2E_PORT}.database-url`), "utf8").trim();

/** A query on the e2e server's throwaway database. */
export async function e2eQuery<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request as curl sends it: to this server on loopback, with any Host and headers (a browser's fetch
 * cannot forge Host, and Node does not resolve *.localhost), the path sent byte for byte.
 */
export function rawRequest(
  path: string,
  { host, method = "GET", headers = {} }: { host: string; method?: string; headers?: Record<string, string> },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port: E2E_PORT, path, method, headers: { host, ...headers } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}
