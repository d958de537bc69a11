import { randomUUID } from "node:crypto";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

/**
 * Exactly three notifications for Claire Martin (Groupe Martin), as the event consumers write them: the
 * ones earlier specs produced for her on this server (a quote to sign, a document…) are cleared first.
 */
async function notifyClaire() {
  const [{ contactId }] = await e2eQuery<{ contactId: string }>(
    `SELECT a."contactId" FROM "ExtranetAccess" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
    [DEMO_LOGINS.groupeMartinContact.email],
  );
  await e2eQuery(`DELETE FROM "Notification" WHERE "contactId" = $1`, [contactId]);
  const rows: [string, object][] = [
    ["INVOICE_ISSUED", { subject: "F-2026-0042", href: "/factures" }],
    ["ATTENDANCE_ISSUE", { subject: "Gestes et postures", href: "/formations", detail: "Julie Bernard", status: "LATE" }],
    ["DOCUMENT_TO_SIGN", { subject: "Convention de formation", href: "/documents" }],
  ];
  for (const [index, [kind, data]] of rows.entries())
    await e2eQuery(
      `INSERT INTO "Notification" (id, "organizationId", "companyId", "contactId", kind, "sourceKey", data, "createdAt")
       VALUES ($1, $2, $3, $4, $5::"NotificationKind", $6, $7::jsonb, now() - make_interval(mins => $8))`,
      [
        randomUUID(),
        DEMO_ORGANIZATIONS.formapro.id,
        DEMO_COMPANIES.groupeMartin.id,
        contactId,
        kind,
        randomUUID(),
        JSON.stringify(data),
        index * 5,
      ],
    );
}

test("the bell counts the unread notifications; the centre lists them and marks one or all read; /compte sets the emails", async ({
  page,
}) => {
  await notifyClaire();
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, "groupeMartinContact");
  const bell = page.getByTestId("notification-bell");
  await expect(bell.getByTestId("notification-count")).toHaveText("3");
  await expect(bell).toHaveAccessibleName("Notifications, 3 non lues");
  await page.locator("header").screenshot({ path: test.info().outputPath("bell-1366.png") });

  await bell.click();
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formapro, "/notifications"));
  const items = page.getByTestId("notification");
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText("Nouvelle facture F-2026-0042");
  await expect(items.nth(1)).toContainText("Julie Bernard est arrivé(e) en retard : Gestes et postures");
  await page.screenshot({ path: test.info().outputPath("notifications-1366.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("notifications-390.png"), fullPage: true });

  await items.first().getByRole("button", { name: "Marquer comme lue" }).click();
  await expect(items.first()).toHaveAttribute("data-read", "true");
  await expect(bell.getByTestId("notification-count")).toHaveText("2");
  await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(page.locator('[data-testid="notification"][data-read="false"]')).toHaveCount(0);
  await expect(bell.getByTestId("notification-count")).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/compte#notifications"));
  const preferences = page.getByTestId("notification-preferences");
  await preferences.getByLabel("Collaborateur absent ou en retard").selectOption("DIGEST");
  await preferences.getByLabel("Nouvelle facture").selectOption("NEVER");
  await preferences.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(preferences.getByRole("status")).toContainText("préférences de notification sont enregistrées");
  await page.reload();
  await expect(page.getByTestId("notification-preferences").getByLabel("Nouvelle facture")).toHaveValue("NEVER");
  await page.locator("#notifications").screenshot({ path: test.info().outputPath("preferences-1366.png") });
});
