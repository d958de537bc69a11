import type { Database, TransactionClient } from "../../db/create-prisma-client";
import type { WebauthnChallengePurpose } from "../../generated/prisma/enums";

/** How long a passkey ceremony may take, from the options to the browser's answer. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/** Keeps a ceremony's challenge server-side (and sweeps the expired ones of the host). */
export async function storeChallenge(
  db: Database | TransactionClient,
  challenge: { organizationId: string; rpId: string; purpose: WebauthnChallengePurpose; userId?: string; value: string },
  now = new Date(),
): Promise<void> {
  await db.webauthnChallenge.deleteMany({ where: { rpId: challenge.rpId, expiresAt: { lt: now } } });
  await db.webauthnChallenge.create({
    data: {
      organizationId: challenge.organizationId,
      rpId: challenge.rpId,
      purpose: challenge.purpose,
      userId: challenge.userId ?? null,
      challenge: challenge.value,
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    },
  });
}

/**
 * Spends the challenge the browser signed: true once, for a live challenge of this host, purpose and
 * user (sign-in challenges have none). One conditional delete: a replayed or parallel answer gets false.
 */
export async function spendChallenge(
  db: Database | TransactionClient,
  challenge: { organizationId: string; rpId: string; purpose: WebauthnChallengePurpose; userId?: string; value: string },
  now = new Date(),
): Promise<boolean> {
  const { count } = await db.webauthnChallenge.deleteMany({
    where: {
      organizationId: challenge.organizationId,
      rpId: challenge.rpId,
      purpose: challenge.purpose,
      userId: challenge.userId ?? null,
      challenge: challenge.value,
      expiresAt: { gt: now },
    },
  });
  return count === 1;
}
