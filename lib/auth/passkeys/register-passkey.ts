import "server-only";
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { Database } from "../../db/create-prisma-client";
import type { RelyingParty } from "./relying-party";
import { spendChallenge, storeChallenge } from "./passkey-challenge";

export const MAX_PASSKEYS = 10;

interface PasskeyOwner {
  organizationId: string;
  user: { id: string; email: string };
  siteName: string;
}

/** The options for the browser to create a passkey for this user on this host (its own ones excluded). */
export async function passkeyRegistrationOptions({
  db,
  owner,
  relyingParty,
}: {
  db: Database;
  owner: PasskeyOwner;
  relyingParty: RelyingParty;
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db.passkey.findMany({
    where: { organizationId: owner.organizationId, userId: owner.user.id, rpId: relyingParty.rpId },
    select: { credentialId: true, transports: true },
    take: MAX_PASSKEYS,
  });
  const options = await generateRegistrationOptions({
    rpName: owner.siteName,
    rpID: relyingParty.rpId,
    userName: owner.user.email,
    userID: new TextEncoder().encode(owner.user.id),
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports as AuthenticatorTransport[],
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(db, {
    organizationId: owner.organizationId,
    rpId: relyingParty.rpId,
    purpose: "REGISTRATION",
    userId: owner.user.id,
    value: options.challenge,
  });
  return options;
}

export type RegisterPasskeyResult = { status: "ok"; id: string } | { status: "invalid" | "too_many" };

/** Checks the browser's new credential against a live challenge of this user and host, and keeps it under `name`. */
export async function registerPasskey({
  db,
  owner,
  relyingParty,
  response,
  name,
}: {
  db: Database;
  owner: Pick<PasskeyOwner, "organizationId" | "user">;
  relyingParty: RelyingParty;
  response: RegistrationResponseJSON;
  name: string;
}): Promise<RegisterPasskeyResult> {
  const count = await db.passkey.count({ where: { organizationId: owner.organizationId, userId: owner.user.id } });
  if (count >= MAX_PASSKEYS) return { status: "too_many" };
  const spend = (value: string) =>
    spendChallenge(db, {
      organizationId: owner.organizationId,
      rpId: relyingParty.rpId,
      purpose: "REGISTRATION",
      userId: owner.user.id,
      value,
    });
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: spend,
    expectedOrigin: relyingParty.origin,
    expectedRPID: relyingParty.rpId,
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo) return { status: "invalid" };
  const { credential } = verification.registrationInfo;
  const taken = await db.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
  if (taken) return { status: "invalid" };
  const passkey = await db.passkey.create({
    data: {
      organizationId: owner.organizationId,
      userId: owner.user.id,
      rpId: relyingParty.rpId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    },
    select: { id: true },
  });
  await db.auditEvent.create({
    data: {
      organizationId: owner.organizationId,
      actorUserId: owner.user.id,
      action: "auth.passkey_added",
      targetType: "Passkey",
      targetId: passkey.id,
    },
  });
  return { status: "ok", id: passkey.id };
}
