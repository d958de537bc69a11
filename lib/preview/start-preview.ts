import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { PREVIEW_COMPANY_COOKIE } from "../auth/require-contact";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/**
 * Opens a company's extranet in read-only preview for a staff member: the company must belong to the
 * staff member's organisation (another organisation's id, an individual client or an unknown id: not
 * found). Works even when the organisation has not switched the extranet option on.
 */
export async function startPreview({ staff, companyId }: { staff: StaffContext; companyId: string }): Promise<void> {
  const company = await db.company.findFirst({
    where: { id: companyId, organizationId: staff.organizationId, isIndividual: false },
    select: { id: true },
  });
  if (!company) notFound();
  (await cookies()).set(PREVIEW_COMPANY_COOKIE, company.id, { path: "/", httpOnly: true, sameSite: "lax" });
  await db.auditEvent.create({
    data: {
      organizationId: staff.organizationId,
      companyId: company.id,
      actorUserId: staff.user.id,
      action: "preview.opened",
      targetType: "Company",
      targetId: company.id,
    },
  });
}

/** Ends the preview (the staff session stays). */
export async function endPreview(): Promise<void> {
  (await cookies()).delete(PREVIEW_COMPANY_COOKIE);
}
