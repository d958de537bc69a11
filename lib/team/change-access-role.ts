import type { Prisma } from "../generated/prisma/client";
import type { ContactRole } from "../generated/prisma/enums";
import type { TransactionClient } from "../db/create-prisma-client";

export type RoleChange = { status: "changed"; from: ContactRole; contactId: string } | { status: "unchanged" } | { status: "last_admin" };

/**
 * Inside the caller's transaction: gives an access (found within `scope`: the organisation for staff, the
 * company for its administrator) another role, audited. A company keeps at least one active ADMIN; leaving
 * MANAGER drops the access's participants. Null when the access is not in scope (the caller answers "not found").
 */
export async function changeAccessRole({
  tx,
  scope,
  accessId,
  role,
  actorUserId,
}: {
  tx: TransactionClient;
  scope: { organizationId: string; companyId?: string };
  accessId: string;
  role: ContactRole;
  actorUserId: string;
}): Promise<RoleChange | null> {
  const access = await tx.extranetAccess.findFirst({
    where: { ...scope, id: accessId },
    select: { id: true, role: true, status: true, companyId: true, contactId: true },
  });
  if (!access) return null;
  if (access.role === role) return { status: "unchanged" };
  if (role !== "ADMIN" && (await isLastActiveAdmin(tx, access))) return { status: "last_admin" };
  await tx.extranetAccess.update({ where: { id: access.id }, data: { role } });
  if (access.role === "MANAGER")
    await tx.managerAssignment.deleteMany({ where: { organizationId: scope.organizationId, accessId: access.id } });
  await tx.auditEvent.create({
    data: {
      organizationId: scope.organizationId,
      companyId: access.companyId,
      actorUserId,
      action: "access.role_changed",
      targetType: "Contact",
      targetId: access.contactId,
      metadata: { accessId: access.id, from: access.role, to: role } satisfies Prisma.InputJsonObject,
    },
  });
  return { status: "changed", from: access.role, contactId: access.contactId };
}

/** Is this the company's only active ADMIN access (so that demoting or cutting it would leave nobody to manage the others)? */
export async function isLastActiveAdmin(
  tx: TransactionClient,
  access: { id: string; role: ContactRole; status: string; companyId: string },
): Promise<boolean> {
  if (access.role !== "ADMIN" || access.status !== "ACTIVE") return false;
  const others = await tx.extranetAccess.count({
    where: { companyId: access.companyId, role: "ADMIN", status: "ACTIVE", id: { not: access.id } },
  });
  return others === 0;
}
