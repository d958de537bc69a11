import type { Page } from "@playwright/test";
import { DEMO_COMPANIES, DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join("\n");
}

/** A request from inside the page (Node cannot resolve *.localhost, Chromium can), without cookies when anonymous. */
async function browserFetch(page: Page, url: string, { anonymous = false } = {}): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ({ url, anonymous }) => {
      const response = await fetch(url, { credentials: anonymous ? "omit" : "include" });
      return { status: response.status, text: await response.text() };
    },
    { url, anonymous },
  );
}

async function asMartin(page: Page) {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toContainText("Groupe Martin");
}

test("the dashboard shows the company's indicators, charts and next sessions", async ({ page }) => {
  await asMartin(page);
  await expect(page.getByRole("heading", { name: "Formations", exact: true })).toBeVisible();
  await expect(page.getByTestId("indicator-rate")).toHaveText(/%|—/);
  await expect(page.getByRole("heading", { name: "Prochaines séances" })).toBeVisible();
  await expect(page.locator("figure .recharts-responsive-container").first()).toBeVisible();
});

test("the trainings list filters and opens a training's detail with attendance", async ({ page }) => {
  await asMartin(page);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/formations"));
  await expect(page.getByRole("heading", { name: "Actions de formation" })).toBeVisible();
  await page.getByLabel("Période").selectOption("past");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/period=past/);
  await expect(page.getByTestId("trainings-count")).toContainText(/action/);
  await page.locator("table a[href^='/formations/']").first().click();
  await expect(page.getByRole("heading", { name: "Planning des séances" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vos participants et leur présence" })).toBeVisible();
  await expect(page.getByTestId("action-rate")).toHaveText(/%|—/);
  expect((await page.goto(siteUrl(DEMO_HOSTS.formapro, "/formations/inexistant")))?.status()).toBe(404);
});

test("the calendar shows month and week views fed by the company's slots", async ({ page }) => {
  await asMartin(page);
  const events = page.waitForResponse((response) => response.url().includes("/calendrier/evenements"));
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/calendrier"));
  expect((await events).status()).toBe(200);
  await expect(page.locator(".fc-dayGridMonth-view")).toBeVisible();
  await page.getByRole("button", { name: /semaine/i }).click();
  await expect(page.locator(".fc-timeGridWeek-view")).toBeVisible();
  await page.getByRole("button", { name: "Créer mon abonnement" }).click();
  const feedUrl = await page.getByLabel("Adresse de l’abonnement").inputValue();
  expect(feedUrl).toMatch(/\/api\/calendrier\/[\w-]+\.ics$/);
  const ics = await browserFetch(page, feedUrl, { anonymous: true });
  expect(ics.status).toBe(200);
  expect(ics.text).toContain("BEGIN:VCALENDAR");
  await page.getByRole("button", { name: "Révoquer l’abonnement" }).click();
  await expect(page.getByRole("button", { name: "Créer mon abonnement" })).toBeVisible();
  expect((await browserFetch(page, feedUrl, { anonymous: true })).status).toBe(404);
});

test("an invoice downloads as a PDF with the legal mentions of a French invoice", async ({ page }) => {
  await asMartin(page);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/factures"));
  await expect(page.getByTestId("year-totals")).toBeVisible();
  const downloadLink = page.getByRole("link", { name: "Télécharger le PDF" }).first();
  const download = page.waitForEvent("download");
  await downloadLink.click();
  const file = await download;
  const path = await file.path();
  const { readFile } = await import("node:fs/promises");
  const text = await pdfText(await readFile(path));
  expect(text).toMatch(/(Facture|Avoir) n° FA-/);
  for (const mention of ["SIRET", "Date d’échéance", "Total HT", "Total TTC", "40 €", "pénalités", "Groupe Martin"])
    expect(text).toContain(mention);
  expect((await browserFetch(page, "/factures/inexistant/pdf")).status).toBe(404);
});

test("staff preview a company's extranet read-only, then leave", async ({ page }) => {
  await logIn(page, "formaproAdmin");
  await page.waitForURL(/\/admin/);
  // Another organisation's company: not found, even through the preview's own POST.
  const foreign = await page.evaluate(
    (id) => fetch(`/apercu/${id}`, { method: "POST", redirect: "manual" }).then((r) => r.status),
    DEMO_COMPANIES.pharmacieDuParc.id,
  );
  expect(foreign).toBe(404);
  // A plain navigation opens nothing: the preview starts from the company page's button (a POST).
  expect((await browserFetch(page, `/apercu/${DEMO_COMPANIES.groupeMartin.id}`)).status).toBe(405);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/entreprises/${DEMO_COMPANIES.groupeMartin.id}`));
  await page.getByRole("button", { name: "Aperçu de l’extranet" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("Aperçu en lecture seule");
  await expect(page.getByTestId("company-context")).toContainText("Groupe Martin");
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/calendrier"));
  await expect(page.getByRole("button", { name: "Créer mon abonnement" })).toBeDisabled();
  await page.getByRole("button", { name: "Quitter l’aperçu" }).click();
  await page.waitForURL(/\/admin/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/"));
  await expect(page).toHaveURL(/\/admin/);
});
