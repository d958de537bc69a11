import { randomInt } from "node:crypto";
import type { TransactionClient } from "../../db/create-prisma-client";
import { hashSecretToken } from "../../accounts/secret-token";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: read from paper and typed by hand. 10 characters of 31 ≈ 49 bits each.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A code as typed: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[23456789A-HJKMNP-Z]{10}$/.test(normalizeRecoveryCode(code));
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Replaces the user's recovery codes by ten new ones; returns them in clear, to show once (only hashes are kept). */
export async function replaceRecoveryCodes({
  tx,
  organizationId,
  userId,
}: {
  tx: TransactionClient;
  organizationId: string;
  userId: string;
}) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId, organizationId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ organizationId, userId, codeHash: hashSecretToken(normalizeRecoveryCode(code)) })),
  });
  return codes;
}
