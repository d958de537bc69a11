// Passkeys (WebAuthn), answered by a software authenticator: registration then sign-in; a challenge spent
// once and dead after five minutes; a credential valid only on the host it was made on; a signature
// counter that must grow; the organisation's rules still applied (a revoked access is refused); and
// removing someone else's passkey answers "not found".
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { idleState } from "@/lib/actions/action-state";
import { CHALLENGE_TTL_MS } from "@/lib/auth/passkeys/passkey-challenge";
import { removePasskeyAction } from "@/lib/auth/passkeys/passkey-actions";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/auth/passkeys/register-passkey";
import type { RelyingParty } from "@/lib/auth/passkeys/relying-party";
import { passkeySignInOptions, signInWithPasskey } from "@/lib/auth/passkeys/sign-in-with-passkey";
import { db } from "@/lib/db";
import { DEMO_HOSTS, DEMO_LOGINS, DEMO_REVOKED_LOGIN, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";
import { SoftwareAuthenticator } from "../support/software-authenticator";

const on = (host: string): RelyingParty => ({ rpId: host, origin: `http://${host}:3000` });
const formapro = on(DEMO_HOSTS.formapro);

async function ownerOf(email: string) {
  const user = await db.user.findFirstOrThrow({ where: { email }, select: { id: true, email: true, organizationId: true } });
  return { organizationId: user.organizationId, user: { id: user.id, email: user.email }, siteName: "Formapro" };
}

/** A new authenticator with a passkey of `email` registered on `relyingParty`. */
async function enrolled(email: string, relyingParty: RelyingParty = formapro) {
  const owner = await ownerOf(email);
  const authenticator = new SoftwareAuthenticator();
  const options = await passkeyRegistrationOptions({ db, owner, relyingParty });
  const result = await registerPasskey({
    db,
    owner,
    relyingParty,
    response: authenticator.register(options, relyingParty.origin),
    name: "Ordinateur",
  });
  expect(result.status).toBe("ok");
  return { authenticator, owner, passkeyId: result.status === "ok" ? result.id : "" };
}

async function signIn(authenticator: SoftwareAuthenticator, relyingParty: RelyingParty, now?: Date) {
  const options = (await passkeySignInOptions({ db, relyingParty }))!;
  const response = authenticator.authenticate(options, relyingParty.origin);
  return { response, identity: await signInWithPasskey({ db, relyingParty, response, now }) };
}

afterAll(async () => {
  await db.$disconnect();
});

describe("passkeys", () => {
  it("registers a passkey, then signs its contact in with it on the same host", async () => {
    const { authenticator, owner } = await enrolled(DEMO_LOGINS.groupeMartinContact.email);
    const { identity } = await signIn(authenticator, formapro);
    expect(identity).toEqual({ id: owner.user.id, kind: "CONTACT", organizationId: owner.organizationId, host: DEMO_HOSTS.formapro });
    const stored = await db.passkey.findFirstOrThrow({
      where: { userId: owner.user.id, rpId: DEMO_HOSTS.formapro },
      orderBy: { createdAt: "desc" },
    });
    expect([stored.counter, stored.lastUsedAt !== null]).toEqual([1, true]);
  });

  it("signs staff in too", async () => {
    const { authenticator } = await enrolled(DEMO_LOGINS.formaproAdmin.email);
    expect((await signIn(authenticator, formapro)).identity).toMatchObject({ kind: "STAFF", host: DEMO_HOSTS.formapro });
  });

  it("spends a challenge once: the same answer replayed is refused, and so is a registration answer sent twice", async () => {
    const { authenticator, owner } = await enrolled(DEMO_LOGINS.groupeMartinContact.email);
    const options = (await passkeySignInOptions({ db, relyingParty: formapro }))!;
    const first = authenticator.authenticate(options, formapro.origin);
    expect(await signInWithPasskey({ db, relyingParty: formapro, response: first })).not.toBeNull();
    // A second, validly signed answer (its counter grew) to the same challenge: only the spent challenge refuses it.
    const second = authenticator.authenticate(options, formapro.origin);
    expect(await signInWithPasskey({ db, relyingParty: formapro, response: second })).toBeNull();

    const fresh = new SoftwareAuthenticator();
    const creation = await passkeyRegistrationOptions({ db, owner, relyingParty: formapro });
    const answer = fresh.register(creation, formapro.origin);
    expect((await registerPasskey({ db, owner, relyingParty: formapro, response: answer, name: "A" })).status).toBe("ok");
    expect((await registerPasskey({ db, owner, relyingParty: formapro, response: answer, name: "B" })).status).toBe("invalid");
  });

  it("refuses an answer to a challenge older than five minutes", async () => {
    const { authenticator } = await enrolled(DEMO_LOGINS.groupeMartinContact.email);
    const late = new Date(Date.now() + CHALLENGE_TTL_MS + 1_000);
    expect((await signIn(authenticator, formapro, late)).identity).toBeNull();
  });

  it("refuses another user's registration challenge", async () => {
    const claire = await ownerOf(DEMO_LOGINS.groupeMartinContact.email);
    const isabelle = await ownerOf(DEMO_LOGINS.transportsRiviereContact.email);
    const options = await passkeyRegistrationOptions({ db, owner: claire, relyingParty: formapro });
    const answer = new SoftwareAuthenticator().register(options, formapro.origin);
    expect((await registerPasskey({ db, owner: isabelle, relyingParty: formapro, response: answer, name: "X" })).status).toBe("invalid");
  });

  it("refuses a credential made on another host, of the same organisation or another", async () => {
    const { authenticator } = await enrolled(DEMO_LOGINS.groupeMartinContact.email);
    for (const host of [DEMO_HOSTS.formaproLyon, DEMO_HOSTS.horizon]) expect((await signIn(authenticator, on(host))).identity).toBeNull();
    // An answer for this host presented on another (its challenge, its origin): refused too.
    const options = (await passkeySignInOptions({ db, relyingParty: formapro }))!;
    const response = authenticator.authenticate(options, formapro.origin);
    expect(await signInWithPasskey({ db, relyingParty: on(DEMO_HOSTS.formaproLyon), response })).toBeNull();
  });

  it("refuses a cloned authenticator whose counter did not grow", async () => {
    const { authenticator } = await enrolled(DEMO_LOGINS.groupeMartinContact.email);
    expect((await signIn(authenticator, formapro)).identity).not.toBeNull();
    authenticator.counter = 0; // a copy of the key that signs with the count of the day it was copied
    expect((await signIn(authenticator, formapro)).identity).toBeNull();
  });

  it("still applies the organisation's rules: a revoked access cannot sign in with its passkey", async () => {
    const nantes = on(DEMO_HOSTS.formaproNantes);
    const { authenticator } = await enrolled(DEMO_REVOKED_LOGIN.email, nantes);
    expect((await signIn(authenticator, nantes)).identity).toBeNull();
  });

  it("removes only the user's own passkey: another user's id is not found", async () => {
    const { passkeyId: isabelles } = await enrolled(DEMO_LOGINS.transportsRiviereContact.email, on(DEMO_HOSTS.formaproNantes));
    const { passkeyId: claires } = await enrolled(DEMO_LOGINS.groupeMartinContact.email);
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    const form = (passkeyId: string) => {
      const data = new FormData();
      data.set("passkeyId", passkeyId);
      return data;
    };
    expect(await removePasskeyAction(idleState, form(isabelles))).toMatchObject({ status: "error", formError: "passkey_not_found" });
    expect(await db.passkey.count({ where: { id: isabelles } })).toBe(1);
    expect(await removePasskeyAction(idleState, form(claires))).toEqual({ status: "success", data: "passkey_removed" });
    expect(await db.passkey.count({ where: { id: claires } })).toBe(0);
  });
});
