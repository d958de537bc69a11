import "server-only";
import { notFound } from "next/navigation";
import { assertAdmin } from "../auth/assert-admin";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

// Emails of these templates always carry a secret; once sent, their sealed copy is gone but the log still says so.
const SECRET_TEMPLATES = new Set(["invitation", "password-reset", "email-change", "sign-in-link", "signature-code"]);

/**
 * One email of the organisation's log with its rendering, for administrators; another organisation's id →
 * not found. An email that carries a link or a code shows its redacted copy (the sealed one is never read here).
 */
export async function getEmail({ staff, emailId }: { staff: StaffContext; emailId: string }) {
  assertAdmin(staff);
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
      sealedContent: true,
    },
  });
  if (!email) notFound();
  const { sealedContent, ...shown } = email;
  return { ...shown, carriesSecret: sealedContent !== null || SECRET_TEMPLATES.has(email.template) };
}
