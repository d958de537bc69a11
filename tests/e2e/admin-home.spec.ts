import { DEMO_HOSTS, DEMO_INVITATION, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";

// The admin home is a work queue: each item counts what waits and opens the filtered list that resolves it.

test("the admin home counts what waits and opens the filtered list that resolves it", async ({ page }) => {
  // The demo's pending invitation, sent ten days ago and never accepted.
  const tenDaysAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
  await e2eQuery(
    `UPDATE "ExtranetAccess" SET "createdAt" = $2 WHERE "contactId" IN (SELECT id FROM "Contact" WHERE email = $1) AND status = 'INVITED'`,
    [DEMO_INVITATION.email, tenDaysAgo],
  );
  await e2eQuery(`UPDATE "Invitation" SET "createdAt" = $2 WHERE email = $1`, [DEMO_INVITATION.email, tenDaysAgo]);

  await logIn(page, "formaproAdmin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "À traiter" })).toBeVisible();
  for (const key of ["ordersToConfirm", "overdueTickets", "documentsToSign", "staleInvitations", "failedEmails"])
    await expect(page.getByTestId(`work-${key}`).getByTestId("work-count")).toHaveText(/^\d+$/);
  const stale = page.getByTestId("work-staleInvitations");
  await expect(stale.getByTestId("work-count")).not.toHaveText("0");
  await stale.getByRole("link", { name: "Relancer les invitations" }).click();
  await expect(page).toHaveURL(/\/admin\/contacts\?acces=stale_invitation$/);
  await expect(page.getByTestId("active-filter")).toContainText("invitation non acceptée depuis 7 jours");
  await expect(page.getByText(`${DEMO_INVITATION.firstName} ${DEMO_INVITATION.lastName}`)).toBeVisible();
  await page.getByTestId("active-filter").getByRole("link", { name: "Tout afficher" }).click();
  await expect(page).toHaveURL(siteUrl(DEMO_HOSTS.formapro, "/admin/contacts"));
});

test("a manager's work queue has no failed emails (the email log is for administrators)", async ({ page }) => {
  await logIn(page, "formaproManager");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("work-ordersToConfirm")).toBeVisible();
  await expect(page.getByTestId("work-failedEmails")).toHaveCount(0);
});
