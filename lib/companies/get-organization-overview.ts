import "server-only";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";

export interface OrganizationOverview {
  companyCount: number;
  activeAccessCount: number;
}

export async function getOrganizationOverview({ staff }: { staff: StaffContext }): Promise<OrganizationOverview> {
  const organizationId = staff.organizationId;
  const [companyCount, activeAccessCount] = await Promise.all([
    db.company.count({ where: { organizationId, isIndividual: false } }),
    db.extranetAccess.count({ where: { organizationId, status: "ACTIVE" } }),
  ]);
  return { companyCount, activeAccessCount };
}
