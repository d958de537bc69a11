import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium (apt-get install chromium); Playwright cannot download its own browser here.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The Stripe stand-in the e2e server pays through (tests/support/stripe-stand-in.ts, started by tests/e2e/online-payment.spec.ts). */
export const E2E_STRIPE = { port: E2E_PORT + 31, secretKey: "sk_test_e2e_standin", webhookSecret: "whsec_e2e_standin" };
// Shared by the e2e server (inherited) and the tests, which make a trusted-device cookie with it (tests/e2e/fixtures.ts).
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

if (!existsSync(CHROMIUM)) {
  console.warn(
    `\n⚠⚠⚠ No Chromium at ${CHROMIUM}: the browser tests are SKIPPED. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH. ⚠⚠⚠\n`,
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // The demo's custom domain resolves to this machine, as a DNS record would in production.
        "--host-resolver-rules=MAP formation.centre-exemple.test 127.0.0.1",
      ],
    },
  },
  webServer: {
    // The product as `npm start` runs it, on a throwaway embedded database (or a fresh one on the
    // PostgreSQL server when DATABASE_URL is set), with fresh demo data.
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // SIGTERM, not the default SIGKILL: the server then drops its throwaway database and cluster.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORT),
      STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
      STRIPE_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
      STRIPE_API_BASE: `http://127.0.0.1:${E2E_STRIPE.port}`,
    },
  },
});
