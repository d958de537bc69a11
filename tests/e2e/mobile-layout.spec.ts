import type { Page } from "@playwright/test";
import { ADMIN_SECTIONS, EXTRANET_SECTIONS } from "../../lib/navigation/sections";
import { DEMO_HOSTS, expect, logIn, siteUrl, test } from "./fixtures";

// A small phone (360 × 800, the narrowest common Android width): every extranet and admin page fits the
// screen's width, and the menu opens the whole navigation. The widths measured are attached to the report.

const PHONE = { width: 360, height: 800 };
test.use({ viewport: PHONE });
// A score of pages per test, each drawn in full.
test.describe.configure({ timeout: 240_000 });

/** The page's width beyond the screen, after its lazy parts (charts, calendar) have drawn. */
async function overflowOf(page: Page, path: string): Promise<{ path: string; scrollWidth: number; innerWidth: number; beyond: string[] }> {
  await page.goto(siteUrl(DEMO_HOSTS.formapro, path));
  await page.waitForLoadState("networkidle");
  return page.evaluate((visited) => {
    // The innermost elements that reach past the screen's right edge, to say what to fix.
    const beyond = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      // What a scrolling or clipping box holds does not widen the page.
      .filter((element) => {
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== "visible") return false;
        }
        return true;
      })
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 0.5))
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    // And the boxes whose content is wider than themselves without scrolling it.
    const spilling = [...document.querySelectorAll("body *")]
      .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === "visible")
      .slice(-3)
      .map(
        (element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} ${element.scrollWidth}/${element.clientWidth}`,
      );
    return {
      path: visited,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      beyond: [...beyond, ...spilling],
    };
  }, path);
}

/** The first link of the current page whose address starts with `prefix` (a detail page to visit). */
async function firstLink(page: Page, prefix: string, listPath: string): Promise<string> {
  await page.goto(siteUrl(DEMO_HOSTS.formapro, listPath));
  const href = await page
    .locator(`main a[href^="${prefix}"]:not([download]):not([href$="/nouveau"]):not([href$="/nouvelle"])`)
    .first()
    .getAttribute("href");
  expect(href, `a link to ${prefix}… on ${listPath}`).toBeTruthy();
  return href!;
}

async function expectAllFit(page: Page, paths: string[]) {
  const widths = [];
  for (const path of paths) widths.push(await overflowOf(page, path));
  test.info().annotations.push({ type: "widths", description: JSON.stringify(widths) });
  const widest = widths.reduce((a, b) => (b.scrollWidth > a.scrollWidth ? b : a));
  console.log(`widest at ${PHONE.width} px: ${widest.path} ${widest.scrollWidth} px`);
  expect(widths.filter((width) => width.scrollWidth > width.innerWidth)).toEqual([]);
}

test("on a phone, the menu button opens the whole navigation", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();

  await page.getByRole("button", { name: "Menu" }).click();
  const menu = page.getByRole("dialog");
  for (const label of [
    "Tableau de bord",
    "Formations",
    "Calendrier",
    "Participants",
    "Documents",
    "Factures",
    "Catalogue",
    "Espace de stockage",
    "Suivi qualité",
    "Mon compte",
  ]) {
    await expect(menu.getByRole("link", { name: label, exact: true })).toBeVisible();
  }
  await menu.getByRole("link", { name: "Factures", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures" })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("every extranet page fits a phone's width", async ({ page }) => {
  await logIn(page, "groupeMartinContact");
  await expect(page.getByTestId("company-context")).toBeVisible();
  const details = [
    await firstLink(page, "/formations/", "/formations"),
    await firstLink(page, "/participants/", "/participants"),
    await firstLink(page, "/documents/", "/documents"),
    await firstLink(page, "/factures/", "/factures"),
  ];
  await expectAllFit(page, [
    ...EXTRANET_SECTIONS.map((section) => section.href),
    "/formations/participants-a-identifier",
    "/qualite/nouveau",
    "/notifications",
    "/catalogue/panier",
    ...details,
  ]);
});

test("every admin page fits a phone's width", async ({ page }) => {
  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin/);
  const details = [
    await firstLink(page, "/admin/entreprises/", "/admin/entreprises"),
    await firstLink(page, "/admin/contacts/", "/admin/contacts"),
    await firstLink(page, "/admin/documents/", "/admin/documents"),
    await firstLink(page, "/admin/tickets/", "/admin/tickets"),
    await firstLink(page, "/admin/formations/", "/admin/formations"),
  ];
  await expectAllFit(page, [
    ...ADMIN_SECTIONS.map((section) => section.href),
    "/admin/entreprises/nouvelle",
    "/admin/contacts/nouveau",
    "/admin/documents/nouveau",
    ...details,
  ]);
});
