import { randomUUID } from "node:crypto";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

test("staff mark a participant absent on today's slot; the company's training contact sees it in the bell", async ({ page, browser }) => {
  // A slot happening now in an action where a Groupe Martin employee is enrolled.
  const [seat] = await e2eQuery<{ actionId: string; name: string }>(
    `SELECT e."actionId", p."firstName" || ' ' || p."lastName" AS name FROM "Enrolment" e JOIN "Participant" p ON p.id = e."participantId"
     WHERE e."organizationId" = $1 AND e."companyId" = $2 AND e.status <> 'CANCELLED' ORDER BY e.id LIMIT 1`,
    [DEMO_ORGANIZATIONS.formapro.id, DEMO_COMPANIES.groupeMartin.id],
  );
  const slotId = `e2e${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await e2eQuery(
    `INSERT INTO "Slot" (id, "organizationId", "actionId", "startsAt", "endsAt") VALUES ($1, $2, $3, now(), now() + interval '1 hour')`,
    [slotId, DEMO_ORGANIZATIONS.formapro.id, seat.actionId],
  );
  const [{ contactId }] = await e2eQuery<{ contactId: string }>(
    `SELECT a."contactId" FROM "ExtranetAccess" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
    [DEMO_LOGINS.groupeMartinContact.email],
  );
  await e2eQuery(`DELETE FROM "Notification" WHERE "contactId" = $1`, [contactId]);

  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, "formaproManager");
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/formations/${seat.actionId}/emargement`));
  const slot = page.locator(`section[aria-labelledby="slot-${slotId}"]`);
  const row = slot.getByTestId("roll-call-seat").filter({ hasText: seat.name });
  await row.getByRole("radio", { name: "Absent" }).check();
  await page.screenshot({ path: test.info().outputPath("roll-call-1366.png"), fullPage: true });
  await slot.getByRole("button", { name: "Enregistrer l’émargement" }).click();
  await expect(slot.getByRole("status")).toHaveText("Émargement enregistré.");
  await page.setViewportSize({ width: 390, height: 844 });
  await slot.screenshot({ path: test.info().outputPath("roll-call-390.png") });

  const contactContext = await browser.newContext();
  const contact = await contactContext.newPage();
  await logIn(contact, "groupeMartinContact");
  const bell = contact.getByTestId("notification-bell");
  await expect(async () => {
    await contact.goto(siteUrl(DEMO_HOSTS.formapro, "/notifications"));
    await expect(bell.getByTestId("notification-count")).toHaveText("1", { timeout: 1_000 });
    // The notification comes from the event consumer job, a moment after the roll call is saved.
  }).toPass({ timeout: 20_000 });
  await expect(contact.getByTestId("notification").first()).toContainText(`${seat.name} est absent(e)`);
  await contactContext.close();
});
