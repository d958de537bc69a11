import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { invalidateSiteCache } from "../tenancy/cached-site-lookup";
import { assertAdmin } from "./get-settings";

export type AddDomainResult = { status: "added"; id: string } | { status: "invalid"; error: "hostname_taken" };

/** Adds a hostname (already validated by hostnameSchema) to the organisation or one of its centres. */
export async function addDomain({
  staff,
  centreId,
  hostname,
}: {
  staff: StaffContext;
  centreId: string | null;
  hostname: string;
}): Promise<AddDomainResult> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  const result = await db.$transaction(async (tx) => {
    if (centreId && !(await tx.centre.findFirst({ where: { id: centreId, organizationId }, select: { id: true } }))) notFound();
    if (await tx.domain.findUnique({ where: { hostname }, select: { id: true } }))
      return { status: "invalid", error: "hostname_taken" } as const;
    const hasPrimary = (await tx.domain.count({ where: { organizationId, centreId, isPrimary: true } })) > 0;
    const domain = await tx.domain.create({ data: { organizationId, centreId, hostname, isPrimary: !hasPrimary }, select: { id: true } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: staff.user.id,
        action: "domain.added",
        targetType: "Domain",
        targetId: domain.id,
        metadata: { hostname },
      },
    });
    return { status: "added", id: domain.id } as const;
  });
  await invalidateSiteCache();
  return result;
}

/** Marks a hostname as the one used in emails for its organisation or centre (one primary each). */
export async function setPrimaryDomain({ staff, domainId }: { staff: StaffContext; domainId: string }): Promise<void> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  await db.$transaction(async (tx) => {
    const domain = await tx.domain.findFirst({
      where: { id: domainId, organizationId },
      select: { id: true, centreId: true, hostname: true },
    });
    if (!domain) notFound();
    await tx.domain.updateMany({ where: { organizationId, centreId: domain.centreId, isPrimary: true }, data: { isPrimary: false } });
    await tx.domain.update({ where: { id: domain.id }, data: { isPrimary: true } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: staff.user.id,
        action: "domain.primary_set",
        targetType: "Domain",
        targetId: domain.id,
        metadata: { hostname: domain.hostname },
      },
    });
  });
  await invalidateSiteCache();
}

export async function removeDomain({ staff, domainId }: { staff: StaffContext; domainId: string }): Promise<void> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  await db.$transaction(async (tx) => {
    const domain = await tx.domain.findFirst({ where: { id: domainId, organizationId }, select: { id: true, hostname: true } });
    if (!domain) notFound();
    await tx.domain.delete({ where: { id: domain.id } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: staff.user.id,
        action: "domain.removed",
        targetType: "Domain",
        targetId: domain.id,
        metadata: { hostname: domain.hostname },
      },
    });
  });
  await invalidateSiteCache();
}
