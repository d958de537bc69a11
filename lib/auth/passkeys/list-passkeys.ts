import "server-only";
import type { Database } from "../../db/create-prisma-client";

export interface ListedPasskey {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The user's passkeys of this host (those of the organisation's other hosts do not work here, so they are not shown). */
export function listPasskeys({ db, organizationId, userId, rpId }: { db: Database; organizationId: string; userId: string; rpId: string }) {
  return db.passkey.findMany({
    where: { organizationId, userId, rpId },
    orderBy: { createdAt: "asc" },
    take: 20,
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  }) satisfies Promise<ListedPasskey[]>;
}
