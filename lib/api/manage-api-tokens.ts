import "server-only";
import { notFound } from "next/navigation";
import { assertAdmin } from "../auth/assert-admin";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { ApiScope } from "./api-scopes";
import { newApiTokenSecret } from "./api-token-secret";

/** Creates a token of the administrator's organisation; the returned secret is never readable again. */
export async function createApiToken({ staff, name, scopes }: { staff: StaffContext; name: string; scopes: ApiScope[] }) {
  assertAdmin(staff);
  const { token, prefix, tokenHash } = newApiTokenSecret();
  await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { organizationId: staff.organizationId, name, prefix, tokenHash, scopes, createdById: staff.user.id },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        actorUserId: staff.user.id,
        action: "api_token.created",
        targetType: "ApiToken",
        targetId: created.id,
        metadata: { name, scopes },
      },
    });
  });
  return token;
}

/** Revokes a token of the administrator's organisation: its next request is refused. Another organisation's id is not found. */
export async function revokeApiToken({ staff, tokenId }: { staff: StaffContext; tokenId: string }) {
  assertAdmin(staff);
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, organizationId: staff.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) notFound();
    await tx.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        actorUserId: staff.user.id,
        action: "api_token.revoked",
        targetType: "ApiToken",
        targetId: tokenId,
      },
    });
  });
}
