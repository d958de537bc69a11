import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** Settings are for administrators only: a manager gets "not found", like any page they cannot use. */
export function assertAdmin(staff: StaffContext): void {
  if (staff.user.role !== "ADMIN") notFound();
}

export async function getSettings({ staff }: { staff: StaffContext }) {
  assertAdmin(staff);
  const domainSelect = { select: { id: true, hostname: true, isPrimary: true }, orderBy: { hostname: "asc" as const }, take: 50 };
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: staff.organizationId },
    select: {
      legalName: true,
      shortName: true,
      logoUrl: true,
      primaryColor: true,
      extranetEnabled: true,
      inviteCheckedByDefault: true,
      multiExtranet: true,
      domains: { ...domainSelect, where: { centreId: null } },
      centres: {
        select: { id: true, slug: true, legalName: true, logoUrl: true, primaryColor: true, domains: domainSelect },
        orderBy: { legalName: "asc" },
        take: 100,
      },
    },
  });
  return organization;
}
export type Settings = Awaited<ReturnType<typeof getSettings>>;
