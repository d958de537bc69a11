import type { Database } from "../../db/create-prisma-client";
import { hashSecretToken } from "../../accounts/secret-token";
import { seal, unseal } from "../../crypto/sealed-box";
import { looksLikeRecoveryCode, normalizeRecoveryCode, replaceRecoveryCodes } from "./recovery-codes";
import { matchingTotpStep } from "./totp";

const SECRET_PURPOSE = "totp-secret";

/** The secret as stored: sealed under AUTH_SECRET, so a copy of the database gives no codes. */
export function sealTotpSecret(secret: string): string {
  return seal(secret, SECRET_PURPOSE);
}

/** The stored secret, or null when it was sealed under another AUTH_SECRET (then no code is right). */
function openTotpSecret(sealed: string): string | null {
  try {
    return unseal(sealed, SECRET_PURPOSE);
  } catch {
    return null;
  }
}

interface Owner {
  db: Database;
  organizationId: string;
  userId: string;
  now?: Date;
}

/**
 * Turns on the second factor with `secret` once `code` proves the app holds it (its step counts as used);
 * returns the ten recovery codes to show once, or null when the code is wrong.
 */
export async function enrolTotp({ db, organizationId, userId, secret, code, now = new Date() }: Owner & { secret: string; code: string }) {
  const step = matchingTotpStep(code, secret, now);
  if (step === null) return null;
  return db.$transaction(async (tx) => {
    const data = { secretSealed: sealTotpSecret(secret), lastUsedStep: step, createdAt: now };
    await tx.totpCredential.upsert({ where: { userId }, create: { organizationId, userId, ...data }, update: data });
    await tx.auditEvent.create({
      data: { organizationId, actorUserId: userId, action: "account.totp_enabled", targetType: "User", targetId: userId },
    });
    return replaceRecoveryCodes({ tx, organizationId, userId });
  });
}

/** Turns the second factor off (the caller checked a current code first); its recovery codes go with it. */
export async function disableTotp({ db, organizationId, userId }: Owner) {
  await db.$transaction(async (tx) => {
    await tx.totpCredential.deleteMany({ where: { organizationId, userId } });
    await tx.recoveryCode.deleteMany({ where: { organizationId, userId } });
    await tx.auditEvent.create({
      data: { organizationId, actorUserId: userId, action: "account.totp_disabled", targetType: "User", targetId: userId },
    });
  });
}

export type SecondFactorCheck = "totp" | "recovery_code" | "invalid";

/**
 * Checks a code from the authenticator app (each time step accepted once) or one of the recovery codes
 * (each usable once). Both are claimed with a conditional update, so two parallel uses of one code cannot both pass.
 */
export async function checkSecondFactor({
  db,
  organizationId,
  userId,
  code,
  now = new Date(),
}: Owner & { code: string }): Promise<SecondFactorCheck> {
  const typed = code.trim();
  if (looksLikeRecoveryCode(typed)) {
    const { count } = await db.recoveryCode.updateMany({
      where: { organizationId, userId, codeHash: hashSecretToken(normalizeRecoveryCode(typed)), usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) return "invalid";
    await db.auditEvent.create({
      data: { organizationId, actorUserId: userId, action: "auth.recovery_code_used", targetType: "User", targetId: userId },
    });
    return "recovery_code";
  }
  const credential = await db.totpCredential.findFirst({ where: { organizationId, userId }, select: { secretSealed: true } });
  const secret = credential && openTotpSecret(credential.secretSealed);
  const step = secret && matchingTotpStep(typed.replace(/\s/g, ""), secret, now);
  if (!step) return "invalid";
  const { count } = await db.totpCredential.updateMany({
    where: { organizationId, userId, lastUsedStep: { lt: step } },
    data: { lastUsedStep: step },
  });
  return count === 1 ? "totp" : "invalid";
}

/** How many unused recovery codes the user has left. */
export function remainingRecoveryCodes({ db, organizationId, userId }: Owner) {
  return db.recoveryCode.count({ where: { organizationId, userId, usedAt: null } });
}
