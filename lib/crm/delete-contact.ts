import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { cutAccess } from "../accounts/cut-access";

/**
 * Deletes a contact of the staff member's organisation. Its access is cut first (sessions end, the
 * account can no longer log in); the account row stays for the audit trail, the company's data is intact.
 */
export async function deleteContact({
  staff,
  contactId,
}: {
  staff: StaffContext;
  contactId: string;
}): Promise<{ status: "deleted" } | { status: "refused"; reason: "has_signatures" }> {
  const organizationId = staff.organizationId;
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({
      where: { id: contactId, organizationId },
      select: { id: true, companyId: true, access: { select: { userId: true } }, _count: { select: { signatureRequests: true } } },
    });
    if (!contact) notFound();
    // Signature evidence names its signer: such a contact stays (its access can still be cut).
    if (contact._count.signatureRequests > 0) return { status: "refused", reason: "has_signatures" } as const;
    await cutAccess({ tx, organizationId, actorUserId: staff.user.id, contactId, reason: "contact_deleted" });
    // The account outlives the contact (audit), disabled so that it can never log in again.
    if (contact.access?.userId) await tx.user.update({ where: { id: contact.access.userId }, data: { disabledAt: new Date() } });
    await tx.contact.delete({ where: { id: contact.id } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: contact.companyId,
        actorUserId: staff.user.id,
        action: "contact.deleted",
        targetType: "Contact",
        targetId: contact.id,
      },
    });
    return { status: "deleted" } as const;
  });
}
