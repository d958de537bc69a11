// Stands in for lib/email/deliver-emails-soon (Next's after() needs a request). It marks this feature's
// emails as delivered at once, touching no other file's emails: the test files share one database, and
// deliverPendingEmails takes the 20 oldest pending emails, so a backlog of ours would hold up theirs.
// Use: jest.mock("@/lib/email/deliver-emails-soon", () => require("../support/deliver-emails-mock").deliverEmailsMock);
//      afterAll(settleEmailDeliveries) before disconnecting.
import { getDb } from "@/lib/db/client";

const TEMPLATES = ["shared-file-uploaded", "ticket-staff-notice", "ticket-contact-notice", "placeholder-filled"];
const running: Promise<unknown>[] = [];

export const deliverEmailsMock = {
  deliverEmailsSoon: () => {
    running.push(
      getDb()
        .emailOutbox.updateMany({
          where: { status: "PENDING", template: { in: TEMPLATES } },
          data: { status: "SENT", attempts: 1, providerId: "test-outbox", sentAt: new Date() },
        })
        .catch(() => undefined),
    );
  },
};

export async function settleEmailDeliveries(): Promise<void> {
  while (running.length > 0) await Promise.all(running.splice(0));
}
