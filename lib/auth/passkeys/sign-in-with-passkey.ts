import "server-only";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import type { Database } from "../../db/create-prisma-client";
import { lookupSite } from "../../tenancy/cached-site-lookup";
import { isCompanyExtranetSite } from "../../tenancy/company-extranet-site";
import type { AuthenticatedIdentity } from "../authenticate";
import { spendChallenge, storeChallenge } from "./passkey-challenge";
import type { RelyingParty } from "./relying-party";

/** The options for the browser to sign in with any passkey it holds for this host (discoverable credentials). */
export async function passkeySignInOptions({
  db,
  relyingParty,
}: {
  db: Database;
  relyingParty: RelyingParty;
}): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const site = await lookupSite(relyingParty.rpId);
  if (!site) return null;
  const options = await generateAuthenticationOptions({ rpID: relyingParty.rpId, userVerification: "required" });
  await storeChallenge(db, {
    organizationId: site.organization.id,
    rpId: relyingParty.rpId,
    purpose: "AUTHENTICATION",
    value: options.challenge,
  });
  return options;
}

/**
 * A sign-in with a passkey: a credential registered on this very host, a live sign-in challenge spent once,
 * the authenticator's user verification (PIN, biometrics: the passkey counts as a strong, two-factor
 * login) and a signature counter that grew (claimed with a conditional update, so a cloned or replayed
 * answer fails). The account must then be allowed on this host exactly as with a password: staff not
 * disabled; a contact with an active access, the extranet option on, and its company's extranet.
 */
export async function signInWithPasskey({
  db,
  relyingParty,
  response,
  now = new Date(),
}: {
  db: Database;
  relyingParty: RelyingParty;
  response: AuthenticationResponseJSON;
  now?: Date;
}): Promise<AuthenticatedIdentity | null> {
  const site = await lookupSite(relyingParty.rpId);
  if (!site || typeof response?.id !== "string") return null;
  const organizationId = site.organization.id;
  const passkey = await db.passkey.findFirst({
    where: { organizationId, rpId: relyingParty.rpId, credentialId: response.id },
    select: {
      id: true,
      credentialId: true,
      publicKey: true,
      counter: true,
      transports: true,
      user: {
        select: {
          id: true,
          kind: true,
          disabledAt: true,
          organization: { select: { extranetEnabled: true, multiExtranet: true } },
          access: { select: { status: true, company: { select: { centreId: true } } } },
        },
      },
    },
  });
  if (!passkey) return null;
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: (value) => spendChallenge(db, { organizationId, rpId: relyingParty.rpId, purpose: "AUTHENTICATION", value }, now),
    expectedOrigin: relyingParty.origin,
    expectedRPID: relyingParty.rpId,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: passkey.counter,
      transports: passkey.transports as AuthenticatorTransport[],
    },
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified) return null;
  const claimed = await db.passkey.updateMany({
    where: { id: passkey.id, counter: passkey.counter },
    data: { counter: verification.authenticationInfo.newCounter, lastUsedAt: now },
  });
  if (claimed.count !== 1) return null;
  const { user } = passkey;
  const allowed =
    !user.disabledAt &&
    (user.kind === "STAFF" ||
      (user.access?.status === "ACTIVE" &&
        user.organization.extranetEnabled &&
        isCompanyExtranetSite({ site, companyCentreId: user.access.company.centreId, multiExtranet: user.organization.multiExtranet })));
  await db.auditEvent.create({
    data: {
      organizationId,
      actorUserId: user.id,
      action: allowed ? "auth.passkey_used" : "auth.login_failed",
      targetType: "Passkey",
      targetId: passkey.id,
      metadata: { host: relyingParty.rpId },
    },
  });
  if (!allowed) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { id: user.id, kind: user.kind, organizationId, host: relyingParty.rpId };
}
