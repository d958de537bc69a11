import { DEMO_HOSTS, expect, siteUrl, test } from "./fixtures";

test("pages are sent with the security headers", async ({ page }) => {
  const response = await page.goto(siteUrl(DEMO_HOSTS.formapro, "/login"));
  const headers = response!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
