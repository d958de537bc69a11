import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { StorageScope } from "./storage-scope";

/** A company of the staff member's organisation (not a "particulier"); any other id answers not found. */
export async function resolveStaffCompany({
  staff,
  companyId,
}: {
  staff: StaffContext;
  companyId: string;
}): Promise<StorageScope & { companyName: string }> {
  const company = companyId
    ? await db.company.findFirst({
        where: { id: companyId, organizationId: staff.organizationId, isIndividual: false },
        select: { id: true, name: true },
      })
    : null;
  if (!company) notFound();
  return { organizationId: staff.organizationId, companyId: company.id, companyName: company.name, userId: staff.user.id, side: "STAFF" };
}
