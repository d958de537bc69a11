// The threat model, seen from a browser and from curl against the product as `npm start` serves it:
// a strict CSP that blocks injected script and breaks no page; bad input that never answers 5xx; a
// logged-out cookie that stays dead; the preview opened by a POST only; what held in the review still holding.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { listAppFiles } from "../support/route-files";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, e2eQuery, expect, logIn, rawRequest, siteUrl, submitLogin, test } from "./fixtures";
import { E2E_PORT } from "../../playwright.config";

type Login = keyof typeof DEMO_LOGINS;
const HOST = `${DEMO_HOSTS.formapro}:${E2E_PORT}`;

async function loggedIn(browser: Browser, login: Login) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, login);
  return { context, page };
}

/** The Cookie header this browser context sends to `host`. */
async function cookieHeader(context: BrowserContext, host = DEMO_HOSTS.formapro): Promise<string> {
  return (await context.cookies(siteUrl(host))).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Records every CSP violation of the page's documents (the listener runs before the page's own scripts). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(message.text()))
      violations.push(message.text().slice(0, 300));
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`.slice(0, 300)),
    );
  });
  return violations;
}

const recordedViolations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test.describe("Content-Security-Policy", () => {
  test("pages load with no violation, for a visitor, a contact and staff", async ({ browser }) => {
    test.setTimeout(180_000);
    const visits: [Login | null, string[]][] = [
      [null, ["/login", "/catalogue", "/mot-de-passe-oublie", "/verification"]],
      [
        "groupeMartinContact",
        [
          "/",
          "/formations",
          "/calendrier",
          "/participants",
          "/documents",
          "/factures",
          "/catalogue/panier",
          "/stockage",
          "/qualite",
          "/compte",
        ],
      ],
      [
        "formaproAdmin",
        [
          "/admin",
          "/admin/entreprises",
          "/admin/contacts",
          "/admin/documents",
          "/admin/commandes",
          "/admin/tickets",
          "/admin/stockage",
          "/admin/emails",
          "/admin/parametres",
        ],
      ],
    ];
    for (const [login, paths] of visits) {
      const { context, page } = login
        ? await loggedIn(browser, login)
        : await (async () => {
            const fresh = await browser.newContext();
            return { context: fresh, page: await fresh.newPage() };
          })();
      const violations = await watchViolations(page);
      for (const path of paths) {
        await page.goto(siteUrl(DEMO_HOSTS.formapro, path), { waitUntil: "load" });
        expect({ login, path, violations: [...violations, ...(await recordedViolations(page))] }).toEqual({ login, path, violations: [] });
      }
      // A document in the pdf.js viewer (its worker), and an email's rendering (a sandboxed frame).
      if (login === "groupeMartinContact") {
        await page.goto(siteUrl(DEMO_HOSTS.formapro, "/documents"));
        await page.getByTestId("document-list").getByRole("link").first().click();
        await expect(page.getByTestId("pdf-page").first().locator("canvas")).toBeVisible({ timeout: 20_000 });
        expect({ login, violations: [...violations, ...(await recordedViolations(page))] }).toEqual({ login, violations: [] });
      }
      if (login === "formaproAdmin") {
        // An email to render: a password reset asked for from the login page.
        const visitor = await context.browser()!.newPage();
        await visitor.goto(siteUrl(DEMO_HOSTS.formapro, "/mot-de-passe-oublie"));
        await visitor.getByLabel("Adresse e-mail").fill(DEMO_LOGINS.formaproManager.email);
        await visitor.getByRole("button", { name: "Envoyer le lien" }).click();
        await expect(visitor.getByText("Si cette adresse correspond à un compte")).toBeVisible();
        await visitor.close();
        await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/emails"));
        await page.getByTestId("email-row").first().getByRole("link").click();
        await expect(page.getByTestId("email-rendering")).toBeVisible();
        await expect(page.getByTestId("email-redacted")).toBeVisible();
        expect({ login, violations }).toEqual({ login, violations: [] });
      }
      await context.close();
    }
  });

  test("blocks a script and an inline handler injected into a page's HTML, and gives every response a fresh nonce", async ({ page }) => {
    // A stored XSS as it would arrive: markup inside the server's HTML, the server's own headers kept.
    await page.route(`**/login`, async (route) => {
      // Fetched from loopback (Node does not resolve *.localhost), as the browser would get it.
      const response = await route.fetch({
        url: `http://127.0.0.1:${E2E_PORT}/login`,
        headers: { ...route.request().headers(), host: HOST },
      });
      const html = (await response.text()).replace(
        "<body",
        `<script>window.__injected = "script"</script><img src="data:," onerror="window.__injected = 'handler'"><body`,
      );
      await route.fulfill({ response, body: html });
    });
    const violations = await watchViolations(page);
    const first = await page.goto(siteUrl(DEMO_HOSTS.formapro, "/login"));
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected ?? null)).toBeNull();
    expect((await recordedViolations(page)).some((violation) => violation.startsWith("script-src"))).toBe(true);
    expect(violations.length).toBeGreaterThanOrEqual(1);
    // The page's own scripts, which carry the nonce, still run: the form answers.
    await page.getByLabel("Adresse e-mail").fill("x");
    await page.getByLabel("Mot de passe").fill("x");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
    await page.unroute("**/login");
    const second = await page.goto(siteUrl(DEMO_HOSTS.formapro, "/login"));
    const nonce = (headers: Record<string, string>) => /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce(first!.headers())).toBeTruthy();
    expect(nonce(first!.headers())).not.toBe(nonce(second!.headers()));
    expect(first!.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  });
});

test.describe("bad input", () => {
  const BAD_SEGMENTS = [
    "%00",
    "%ff",
    "99999999999999999999",
    "x'%20OR%201=1--",
    "%2e%2e%2f%2e%2e",
    "a".repeat(300),
    "%E2%80%AE",
    "-1",
    "null",
  ];
  const PARAMETERS = ["q", "page", "statut", "status", "type", "period", "action", "entreprise", "dossier", "year", "categorie", "retard"];
  const MORE_PARAMETERS = [
    "version",
    "inline",
    "pieces",
    "created",
    "intra",
    "category",
    "city",
    "extranet",
    "deleted",
    "invited",
    "refused",
    "password",
    "expired",
    "demande",
    "start",
    "end",
    "name",
  ];
  const names = [...PARAMETERS, ...MORE_PARAMETERS];
  const QUERIES = [
    names.map((name) => `${name}=%00`).join("&"),
    names.map((name) => `${name}=99999999999999999999`).join("&"),
    names.map((name) => `${name}=100&${name}=%ff`).join("&"),
  ];

  /** GETs every pattern with bad segments and bad query strings; returns what answered 5xx or leaked a stack. */
  async function sweep(patterns: string[], cookie: string) {
    const failures: string[] = [];
    const paths: string[] = [];
    for (const pattern of patterns) {
      for (const query of QUERIES) paths.push(`${pattern.replace(/\[[^\]]+\]/g, "x")}?${query}`);
      if (pattern.includes("[")) for (const value of BAD_SEGMENTS) paths.push(pattern.replace(/\[[^\]]+\]/g, value));
    }
    for (const path of paths) {
      const response = await rawRequest(path, { host: HOST, headers: cookie ? { cookie } : {} });
      if (response.status >= 500) failures.push(`${response.status} ${path}`);
      if (/at .+\.js:\d+|PrismaClient|invalid byte sequence/.test(response.body)) failures.push(`stack trace: ${path}`);
    }
    return { failures, checked: paths.length };
  }

  test("no page or route handler answers 5xx to a NUL byte, bad encoding, a huge number or an unknown value, for anyone", async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const everything = [...listAppFiles("page"), ...listAppFiles("route")].map((file) => file.pattern);
    const admin = everything.filter((pattern) => pattern.startsWith("/admin"));
    const others = everything.filter((pattern) => !pattern.startsWith("/admin"));

    const anonymous = await sweep(others, "");
    const contact = await loggedIn(browser, "groupeMartinContact");
    const asContact = await sweep(others, await cookieHeader(contact.context));
    await contact.context.close();
    const staff = await loggedIn(browser, "formaproAdmin");
    const asStaff = await sweep(admin, await cookieHeader(staff.context));
    await staff.context.close();

    expect([...anonymous.failures, ...asContact.failures, ...asStaff.failures]).toEqual([]);
    expect(anonymous.checked + asContact.checked + asStaff.checked).toBeGreaterThan(250);
  });

  test("a Host with an impossible port, or a forged protocol or host, answers 400 or the page, never 5xx", async ({ browser }) => {
    const { context } = await loggedIn(browser, "groupeMartinContact");
    const cookie = await cookieHeader(context);
    const impossible = await rawRequest("/", { host: `${DEMO_HOSTS.formapro}:99999`, headers: { cookie } });
    expect(impossible.status).toBe(400);
    expect(impossible.body).toContain("Adresse invalide");
    for (const path of ["/", "/login", "/api/auth/session", "/api/auth/csrf"]) {
      const forged: Record<string, string>[] = [
        { "x-forwarded-proto": "evil" },
        { "x-forwarded-host": "evil.test:99999" },
        { "x-forwarded-proto": "javascript" },
      ];
      for (const headers of forged) {
        const response = await rawRequest(path, { host: HOST, headers: { cookie, ...headers } });
        expect({ path, headers, ok: response.status < 500 }).toEqual({ path, headers, ok: true });
        expect({ path, headers, leaks: JSON.stringify(response.headers).includes("evil") }).toEqual({ path, headers, leaks: false });
      }
    }
    const invalid = await rawRequest("/%ff", { host: HOST });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toContain("L’adresse demandée est mal formée");
    await context.close();
  });
});

test.describe("sessions", () => {
  test("a cookie copied before logging out is worthless afterwards", async ({ browser }) => {
    const { context, page } = await loggedIn(browser, "transportsRiviereContact");
    const copied = await context.cookies();
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/login$/);
    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto(siteUrl(DEMO_HOSTS.formaproNantes, "/"));
    await expect(stolen).toHaveURL(/\/login\?expired=1$/);
    await thief.close();
    await context.close();
  });

  test("a Nantes contact on Lyon's custom domain is told where to log in, and gets nothing of Lyon's", async ({ page }) => {
    await submitLogin(page, "transportsRiviereContact", DEMO_HOSTS.formaproLyonCustom);
    await expect(page.getByText("Ce compte se connecte sur l’extranet de votre centre de formation")).toBeVisible();
    await page.goto(siteUrl(DEMO_HOSTS.formaproLyonCustom, "/"));
    await expect(page).toHaveURL(/\/login$/);
  });

  test("after login the browser stays on the site's host, and Auth.js' own endpoint redirects there too", async ({ page }) => {
    await logIn(page, "transportsRiviereContact");
    await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formaproNantes, "/"));
    const csrf = await rawRequest("/api/auth/csrf", { host: `${DEMO_HOSTS.formaproNantes}:${E2E_PORT}` });
    const callback = (csrf.headers["set-cookie"] as string[]).find((cookie) => cookie.startsWith("authjs.callback-url="))!;
    expect(decodeURIComponent(callback.split(";")[0]!.split("=")[1]!)).toBe(`http://${DEMO_HOSTS.formaproNantes}:${E2E_PORT}`);
  });
});

test.describe("what held in the review still holds", () => {
  test("the internal /s/ segment is unreachable in every encoding", async () => {
    for (const path of [
      `/s/${DEMO_HOSTS.horizon}/login`,
      `/%73/${DEMO_HOSTS.horizon}/login`,
      `/s%2f${DEMO_HOSTS.horizon}%2flogin`,
      `//s/${DEMO_HOSTS.horizon}/login`,
      `/S/${DEMO_HOSTS.horizon}/login`,
      `/s/${DEMO_HOSTS.horizon}%2Flogin`,
    ]) {
      const response = await rawRequest(path, { host: HOST });
      expect({ path, status: response.status < 500, horizon: response.body.includes("Académie Horizon") }).toEqual({
        path,
        status: true,
        horizon: false,
      });
    }
  });

  test("x-middleware-subrequest is ignored: the proxy still runs", async () => {
    const response = await rawRequest(`/s/${DEMO_HOSTS.horizon}/login`, {
      host: HOST,
      headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware" },
    });
    expect(response.status).toBe(404);
  });

  test("downloads keep their sandbox policy", async ({ browser }) => {
    const { context } = await loggedIn(browser, "groupeMartinContact");
    const [file] = await e2eQuery<{ id: string }>(`SELECT id FROM "StoredFile" WHERE "companyId" = $1 LIMIT 1`, [
      DEMO_COMPANIES.groupeMartin.id,
    ]);
    const download = await rawRequest(`/stockage/fichiers/${file!.id}`, { host: HOST, headers: { cookie: await cookieHeader(context) } });
    expect(download.status).toBe(200);
    expect(download.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(download.headers["content-disposition"]).toMatch(/^attachment/);
    await context.close();
  });

  test("a staff preview opens only from the company page's button, and writes nothing", async ({ browser }) => {
    const { context, page } = await loggedIn(browser, "formaproAdmin");
    const cookie = await cookieHeader(context);
    expect((await rawRequest(`/apercu/${DEMO_COMPANIES.groupeMartin.id}`, { host: HOST, headers: { cookie } })).status).toBe(405);
    const foreign = await rawRequest(`/apercu/${DEMO_COMPANIES.groupeMartin.id}`, {
      host: HOST,
      method: "POST",
      headers: { cookie, origin: "https://evil.test" },
    });
    expect(foreign.status).toBe(403);
    await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/entreprises/${DEMO_COMPANIES.groupeMartin.id}`));
    await page.getByRole("button", { name: "Aperçu de l’extranet" }).click();
    await expect(page.getByTestId("preview-banner")).toBeVisible();
    const upload = await page.evaluate(() =>
      fetch("/stockage/televerser?name=apercu.txt", { method: "POST", body: "x" }).then((response) => response.status),
    );
    expect(upload).toBe(403);
    await page.getByRole("button", { name: "Quitter l’aperçu" }).click();
    await page.waitForURL(/\/admin$/);
    await context.close();
  });
});
