import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** One email of the organisation's log with its rendering; another organisation's id → not found. */
export async function getEmail({ staff, emailId }: { staff: StaffContext; emailId: string }) {
  const email = await db.emailOutbox.findFirst({
    where: { id: emailId, organizationId: staff.organizationId },
    select: {
      id: true,
      template: true,
      to: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      html: true,
      text: true,
    },
  });
  if (!email) notFound();
  return email;
}
