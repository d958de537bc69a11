import type { Database, TransactionClient } from "../db/create-prisma-client";

/**
 * Where a notification to the organisation goes: its contact address when it has one, else its
 * administrators (at most 10).
 */
export async function staffRecipients({
  db,
  organizationId,
}: {
  db: Database | TransactionClient;
  organizationId: string;
}): Promise<string[]> {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { email: true } });
  if (organization.email) return [organization.email];
  const admins = await db.user.findMany({
    where: { organizationId, kind: "STAFF", staffRole: "ADMIN", disabledAt: null },
    select: { email: true },
    orderBy: { createdAt: "asc" },
    take: 10,
  });
  return admins.map((admin) => admin.email);
}
