import "server-only";
import { notFound } from "next/navigation";
import { assertAdmin } from "../auth/assert-admin";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { enqueueDelivery } from "../email/enqueue-delivery";

/** Puts a failed email back in the queue for a fresh round of attempts. */
export async function retryEmail({ staff, emailId }: { staff: StaffContext; emailId: string }): Promise<{ requeued: boolean }> {
  assertAdmin(staff);
  const email = await db.emailOutbox.findFirst({
    where: { id: emailId, organizationId: staff.organizationId },
    select: { id: true, status: true },
  });
  if (!email) notFound();
  if (email.status !== "FAILED") return { requeued: false };
  await db.$transaction(async (tx) => {
    await tx.emailOutbox.update({ where: { id: email.id }, data: { status: "PENDING", attempts: 0 } });
    await tx.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        actorUserId: staff.user.id,
        action: "email.retried",
        targetType: "EmailOutbox",
        targetId: email.id,
      },
    });
    await enqueueDelivery({ db: tx, outboxId: email.id });
  });
  return { requeued: true };
}
