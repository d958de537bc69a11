// Two instances of the built app on one database, as behind a load balancer: nothing that matters lives
// in one process. A session made on A works on B; a domain added, changed or removed on A takes effect
// on B within 2 s (pub/sub invalidation of the site cache); the login limit counts attempts made on
// both; each queued email is delivered once, whichever instance's worker takes it.
import type { Page } from "@playwright/test";
import pg from "pg";
import { E2E_PORT } from "../../playwright.config";
import { totpCode } from "../../lib/auth/two-factor/totp";
import { loopbackRequest } from "../../scripts/loopback-http";
import { startAppInstance, startTestDatabase, type AppInstance, type TestDatabase } from "../support/app-instances";
import { startDnsStandIn, type DnsStandIn } from "../support/dns-stand-in";
import { startResendStandIn, type ResendStandIn } from "../support/resend-stand-in";
import { DEMO_HOSTS, DEMO_LOGINS, DEMO_PASSWORD, DEMO_TOTP_SECRET, expect, test } from "./fixtures";

const PORT_A = E2E_PORT + 11;
const PORT_B = E2E_PORT + 12;
const STAND_IN_PORT = E2E_PORT + 13;
const PROPAGATION_MS = 2_000;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.describe("two instances behind a load balancer", () => {
  let database: TestDatabase;
  let standIn: ResendStandIn;
  let dns: DnsStandIn;
  let a: AppInstance;
  let b: AppInstance;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    standIn = await startResendStandIn({ port: STAND_IN_PORT });
    dns = await startDnsStandIn();
    database = await startTestDatabase(process.env.DATABASE_URL);
    const env = {
      DATABASE_URL: database.url,
      STORAGE_DIR: database.storageDir,
      RESEND_API_KEY: "re_test_key",
      RESEND_BASE_URL: standIn.url,
      DNS_SERVERS: dns.server,
    };
    [a, b] = await Promise.all([startAppInstance({ port: PORT_A, env }), startAppInstance({ port: PORT_B, env })]);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.stop();
    await standIn?.close();
    await dns?.close();
  });

  const url = (instance: AppInstance, host: string, path = "/") => `http://${host}:${instance.port}${path}`;

  async function logInOn(page: Page, instance: AppInstance, login: keyof typeof DEMO_LOGINS, password = DEMO_PASSWORD) {
    await page.goto(url(instance, DEMO_LOGINS[login].host, "/login"));
    await page.getByLabel("Adresse e-mail").fill(DEMO_LOGINS[login].email);
    await page.getByLabel("Mot de passe").fill(password);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    // Administrators give their authenticator app's code (the demo's known secret).
    if (DEMO_LOGINS[login].staffRole === "ADMIN") {
      await page.getByLabel("Code de vérification").fill(totpCode(DEMO_TOTP_SECRET));
      await page.getByRole("button", { name: "Vérifier et me connecter" }).click();
    }
  }

  /** How long until `host` answers `status` on B (polled), at most a few times PROPAGATION_MS. */
  async function timeUntilB(host: string, done: (answer: { status: number; body: string }) => boolean): Promise<number> {
    const startedAt = Date.now();
    while (Date.now() - startedAt < 5 * PROPAGATION_MS) {
      if (done(await loopbackRequest({ port: b.port, host, path: "/login" }))) return Date.now() - startedAt;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Infinity;
  }

  test("a session made on A works on B", async ({ page }) => {
    await logInOn(page, a, "groupeMartinContact");
    await expect(page).toHaveURL(url(a, DEMO_HOSTS.formapro, "/"));
    await page.goto(url(b, DEMO_HOSTS.formapro, "/"));
    await expect(page).toHaveURL(url(b, DEMO_HOSTS.formapro, "/"));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a domain added, changed or removed on A takes effect on B within 2 s", async ({ page }) => {
    const hostname = `extranet-${Date.now().toString(36)}.exemple.test`;
    // B has cached that the hostname is unknown.
    expect((await loopbackRequest({ port: b.port, host: hostname, path: "/login" })).status).toBe(404);
    expect((await loopbackRequest({ port: b.port, host: DEMO_HOSTS.horizon, path: "/login" })).status).toBe(200);

    await logInOn(page, a, "horizonAdmin");
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(url(a, DEMO_HOSTS.horizon, "/admin/parametres"));
    const domains = page.getByTestId("organization-domains");
    await domains.getByLabel("Ajouter un domaine").fill(hostname);
    await domains.getByRole("button", { name: "Ajouter", exact: true }).click();
    // Served once its ownership record is published and checked (on A).
    const record = domains.getByTestId("domain-verification-record");
    await expect(record).toContainText(`_passerelle.${hostname}`);
    const value = (await record.locator("dd").last().textContent())!.trim();
    dns.setTxt(`_passerelle.${hostname}`, [value]);
    await domains.getByRole("button", { name: `Vérifier le domaine ${hostname}` }).click();
    await expect(record).toHaveCount(0);
    const added = await timeUntilB(hostname, (answer) => answer.status === 200);
    expect(added).toBeLessThanOrEqual(PROPAGATION_MS);

    // Changed: the organisation's colour, which B's cached site carries to every page.
    const colour = `#${Math.floor(Math.random() * 0xffffff)
      .toString(16)
      .padStart(6, "0")}`;
    const colourField = page.getByLabel("Couleur principale").first();
    await colourField.fill(colour);
    await colourField.locator("xpath=ancestor::form").getByRole("button", { name: "Enregistrer" }).click();
    await expect(colourField).toHaveValue(colour);
    const changed = await timeUntilB(hostname, (answer) => answer.status === 200 && answer.body.toLowerCase().includes(colour));
    expect(changed).toBeLessThanOrEqual(PROPAGATION_MS);

    await domains.getByRole("button", { name: `Retirer le domaine ${hostname}` }).click();
    await page
      .getByRole("alertdialog", { name: `Retirer le domaine ${hostname} ?` })
      .getByRole("button", { name: "Retirer le domaine" })
      .click();
    await expect(domains.getByText(hostname, { exact: true })).toHaveCount(0);
    const removed = await timeUntilB(hostname, (answer) => answer.status === 404);
    expect(removed).toBeLessThanOrEqual(PROPAGATION_MS);
    console.log(`two instances: seen on B after ${added} ms (added), ${changed} ms (changed), ${removed} ms (removed)`);
  });

  test("the login limit counts the attempts made on both instances", async ({ browser }) => {
    const page = await browser.newPage();
    const tryOn = async (instance: AppInstance) => {
      await page.goto(url(instance, DEMO_HOSTS.horizon, "/login"));
      await page.getByLabel("Adresse e-mail").fill("robot-deux-instances@exemple.test");
      await page.getByLabel("Mot de passe").fill("Mauvais#2026");
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    };
    for (const instance of [a, b, a, b, a]) {
      await tryOn(instance);
      await expect(page.getByText("Adresse e-mail ou mot de passe incorrect")).toBeVisible();
    }
    await tryOn(b);
    await expect(page.getByText("Trop de tentatives de connexion")).toBeVisible();
    await tryOn(a);
    await expect(page.getByText("Trop de tentatives de connexion")).toBeVisible();
    await page.close();
  });

  test("each queued email is delivered once, whichever instance takes it", async ({ browser }) => {
    const page = await browser.newPage();
    const logins = ["groupeMartinContact", "transportsRiviereContact", "pharmacieDuParcContact"] as const;
    const recipients = logins.map((login) => DEMO_LOGINS[login].email);
    const requested: string[] = [];
    for (const [index, instance] of [a, b, a, b, a, b].entries()) {
      const login = logins[index % logins.length];
      await page.goto(url(instance, DEMO_LOGINS[login].host, "/mot-de-passe-oublie"));
      await page.getByLabel("Adresse e-mail").fill(DEMO_LOGINS[login].email);
      await page.getByRole("button", { name: "Envoyer le lien" }).click();
      await expect(page.getByText("Si cette adresse correspond à un compte")).toBeVisible();
      requested.push(DEMO_LOGINS[login].email);
    }
    await page.close();

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const outbox = async () =>
      (
        await client.query<{ id: string; to: string; status: string }>(
          `SELECT id, "to", status FROM "EmailOutbox" WHERE template = 'password-reset' AND "to" = ANY($1)`,
          [recipients],
        )
      ).rows;
    const deadline = Date.now() + 30_000;
    while ((await outbox()).some((email) => email.status !== "SENT") && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    const emails = await outbox();
    await client.end();

    expect(emails).toHaveLength(requested.length);
    expect(emails.every((email) => email.status === "SENT")).toBe(true);
    const deliveries = standIn.deliveries();
    for (const email of emails) expect(deliveries.filter((delivery) => delivery.key === email.id)).toHaveLength(1);
    expect(deliveries.filter((delivery) => recipients.includes(delivery.to))).toHaveLength(requested.length);
  });
});
