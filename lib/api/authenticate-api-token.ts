import { db } from "../db";
import type { ApiScope } from "./api-scopes";
import { hashApiToken, looksLikeApiToken } from "./api-token-secret";

export interface ApiContext {
  organizationId: string;
  tokenId: string;
  scopes: ReadonlySet<string>;
}

// lastUsedAt is written at most once a minute per token: a busy integration does not write on every call.
const LAST_USED_PRECISION_MS = 60_000;

/** The live token in an "Authorization: Bearer …" header, if it belongs to the organisation of this host. */
export async function authenticateApiToken({ authorization, organizationId }: { authorization: string | null; organizationId: string }) {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token || !looksLikeApiToken(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, organizationId: true, scopes: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt || row.organizationId !== organizationId) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { organizationId: row.organizationId, tokenId: row.id, scopes: new Set(row.scopes) } satisfies ApiContext;
}

export const hasScope = (context: ApiContext, scope: ApiScope) => context.scopes.has(scope);
