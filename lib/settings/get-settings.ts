import "server-only";
import { assertAdmin } from "../auth/assert-admin";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

export async function getSettings({ staff }: { staff: StaffContext }) {
  assertAdmin(staff);
  const domainSelect = {
    select: { id: true, hostname: true, isPrimary: true, verifiedAt: true, verificationToken: true },
    orderBy: { hostname: "asc" as const },
    take: 50,
  };
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
      requireContactTotp: true,
      publishSatisfaction: true,
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
