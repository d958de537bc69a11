jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { getWorkQueue, type WorkItem } from "@/lib/admin-home/get-work-queue";
import { requireStaff } from "@/lib/auth/require-staff";
import { listContacts } from "@/lib/crm/list-contacts";
import { db } from "@/lib/db";
import { listEmails } from "@/lib/emails/list-emails";
import { countStaffOrders, listStaffOrders } from "@/lib/orders/list-staff-orders";
import { DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);

async function staffOf(login: "formaproAdmin" | "formaproManager" | "horizonAdmin") {
  simulateRequest({ host: DEMO_LOGINS[login].host, identity: await demoIdentity(login) });
  return requireStaff();
}

const counts = (items: WorkItem[]) => Object.fromEntries(items.map((item) => [item.key, item.count]));
const DAY = 24 * 60 * 60 * 1000;
const created: { emails: string[]; orders: string[]; accesses: string[] } = { emails: [], orders: [], accesses: [] };

/** An access invited `daysAgo` days ago (its one invitation too), on a contact of `organizationId` without access. */
async function invitedAccess(organizationId: string, daysAgo: number) {
  const contact = await db.contact.findFirstOrThrow({
    where: { organizationId, access: null, email: { not: null }, company: { isIndividual: false } },
  });
  const at = new Date(Date.now() - daysAgo * DAY);
  const access = await db.extranetAccess.create({
    data: { organizationId, companyId: contact.companyId, contactId: contact.id, status: "INVITED", createdAt: at },
  });
  await db.invitation.create({
    data: {
      organizationId,
      accessId: access.id,
      contactId: contact.id,
      email: contact.email!,
      tokenHash: `test-${access.id}-${daysAgo}`,
      expiresAt: new Date(at.getTime() + 7 * DAY),
      createdAt: at,
    },
  });
  created.accesses.push(access.id);
  return { access, contact };
}

afterAll(async () => {
  await db.invitation.deleteMany({ where: { accessId: { in: created.accesses } } });
  await db.extranetAccess.deleteMany({ where: { id: { in: created.accesses } } });
  await db.emailOutbox.deleteMany({ where: { id: { in: created.emails } } });
  await db.order.deleteMany({ where: { id: { in: created.orders } } });
  await db.$disconnect();
});

describe("the admin home's work queue", () => {
  it("counts only the staff's organisation, each count agreeing with the filtered list its link opens", async () => {
    const formapro = await staffOf("formaproAdmin");
    const before = counts(await getWorkQueue({ staff: formapro }));

    // Another organisation's failed email, pending order and stale invitation change nothing here.
    const horizon = await staffOf("horizonAdmin");
    const horizonBefore = counts(await getWorkQueue({ staff: horizon }));
    const email = await db.emailOutbox.create({
      data: {
        organizationId: DEMO_ORGANIZATIONS.horizon.id,
        template: "test",
        to: "x@exemple.test",
        subject: "x",
        html: "x",
        text: "x",
        status: "FAILED",
      },
    });
    created.emails.push(email.id);
    const order = await db.order.create({
      data: { organizationId: DEMO_ORGANIZATIONS.horizon.id, number: `TEST-${Date.now()}`, status: "PENDING" },
    });
    created.orders.push(order.id);
    await invitedAccess(DEMO_ORGANIZATIONS.horizon.id, 10);

    expect(counts(await getWorkQueue({ staff: horizon }))).toEqual({
      ...horizonBefore,
      failedEmails: horizonBefore.failedEmails! + 1,
      ordersToConfirm: horizonBefore.ordersToConfirm! + 1,
      staleInvitations: horizonBefore.staleInvitations! + 1,
    });
    const formaproStaff = await staffOf("formaproAdmin");
    expect(counts(await getWorkQueue({ staff: formaproStaff }))).toEqual(before);

    // The links' lists hold exactly what was counted.
    const pendingOrders = await listStaffOrders({ staff: formaproStaff, status: "PENDING" });
    expect(pendingOrders.every((row) => row.status === "PENDING")).toBe(true);
    expect(pendingOrders.map((row) => row.id)).not.toContain(order.id);
    expect(await countStaffOrders({ staff: formaproStaff, status: "PENDING" })).toBe(before.ordersToConfirm);
    const failed = await listEmails({ staff: formaproStaff, status: "FAILED" });
    expect(failed.total).toBe(before.failedEmails);
    expect(failed.items.every((row) => row.status === "FAILED")).toBe(true);
    expect(failed.items.map((row) => row.id)).not.toContain(email.id);
  });

  it("lists an invitation as stale after 7 days without an answer, and no longer once re-sent", async () => {
    const staff = await staffOf("formaproAdmin");
    const before = counts(await getWorkQueue({ staff })).staleInvitations!;
    const { access, contact } = await invitedAccess(DEMO_ORGANIZATIONS.formapro.id, 8);
    expect(counts(await getWorkQueue({ staff })).staleInvitations).toBe(before + 1);
    const stale = await listContacts({ staff, access: "stale_invitation" });
    expect(stale.total).toBe(before + 1);
    expect(stale.items.map((row) => row.id)).toContain(contact.id);

    // A reminder sent today takes it off the queue.
    await db.invitation.create({
      data: {
        organizationId: access.organizationId,
        accessId: access.id,
        contactId: contact.id,
        email: contact.email!,
        tokenHash: `test-${access.id}-today`,
        expiresAt: new Date(Date.now() + 7 * DAY),
      },
    });
    expect(counts(await getWorkQueue({ staff })).staleInvitations).toBe(before);
    expect((await listContacts({ staff, access: "stale_invitation" })).items.map((row) => row.id)).not.toContain(contact.id);
  });

  it("shows failed emails to administrators only", async () => {
    const manager = await staffOf("formaproManager");
    const keys = (await getWorkQueue({ staff: manager })).map((item) => item.key);
    expect(keys).not.toContain("failedEmails");
    expect(keys).toEqual(["ordersToConfirm", "overdueTickets", "documentsToSign", "staleInvitations"]);
  });
});
