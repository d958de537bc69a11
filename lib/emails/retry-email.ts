import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** Puts a failed email back in the queue for a fresh round of attempts. */
export async function retryEmail({ staff, emailId }: { staff: StaffContext; emailId: string }): Promise<{ requeued: boolean }> {
  const email = await db.emailOutbox.findFirst({
    where: { id: emailId, organizationId: staff.organizationId },
    select: { id: true, status: true },
  });
  if (!email) notFound();
  if (email.status !== "FAILED") return { requeued: false };
  await db.$transaction([
    db.emailOutbox.update({ where: { id: email.id }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() } }),
    db.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        actorUserId: staff.user.id,
        action: "email.retried",
        targetType: "EmailOutbox",
        targetId: email.id,
      },
    }),
  ]);
  return { requeued: true };
}
