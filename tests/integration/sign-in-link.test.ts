// Threats: a sign-in link that works twice, after 15 minutes, on another organisation's or centre's host,
// or for an account that may not sign in; a form that tells whether an address has an account; a flood
// of emails to one address. Runs the real form actions, Auth.js and the email outbox.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);

import { idleState } from "@/lib/actions/action-state";
import { hashSecretToken } from "@/lib/accounts/secret-token";
import { requestSignInLink } from "@/lib/auth/email-link/request-sign-in-link";
import { requestSignInLinkAction, spendSignInLinkAction } from "@/lib/auth/email-link/sign-in-link-actions";
import { spendSignInLink } from "@/lib/auth/email-link/spend-sign-in-link";
import { db } from "@/lib/db";
import { lookupSite } from "@/lib/tenancy/cached-site-lookup";
import { SITE_HOST_HEADER } from "@/lib/tenancy/site-headers";
import { DEMO_HOSTS, DEMO_LOGINS, DEMO_REVOKED_LOGIN } from "../support/demo";
import { redirectTarget, requestCookies, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);
const SESSION_COOKIE = "authjs.session-token";

function browserOn(host: string, ip = "198.51.100.9") {
  simulateRequest({
    host,
    headers: { "x-forwarded-host": `${host}:3000`, "x-forwarded-proto": "http", [SITE_HOST_HEADER]: host, "x-forwarded-for": ip },
  });
}
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const site = async (host: string) => (await lookupSite(host))!;
const linksOf = (email: string) => db.authToken.count({ where: { purpose: "SIGN_IN_LINK", user: { email } } });

afterAll(async () => {
  await db.$disconnect();
});

describe("a sign-in link by email", () => {
  it("signs a contact in once, on their extranet, and is stored only as a hash", async () => {
    const martin = DEMO_LOGINS.groupeMartinContact;
    const { token } = (await requestSignInLink({ db, site: await site(martin.host), email: martin.email }))!;
    expect(await db.authToken.count({ where: { tokenHash: token } })).toBe(0);
    const stored = await db.authToken.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(15 * 60_000 + 1_000);
    const email = await db.emailOutbox.findFirstOrThrow({
      where: { template: "sign-in-link", to: martin.email },
      orderBy: { createdAt: "desc" },
    });
    expect(`${email.subject}${email.html}${email.text}`).not.toContain(token);

    // Another organisation's host and another centre's extranet: not valid there, and not spent.
    expect(await spendSignInLink({ db, hostname: DEMO_HOSTS.horizon, token })).toBeNull();
    browserOn(martin.host);
    expect(new URL(await redirectTarget(spendSignInLinkAction(idleState, form({ token }))))).toMatchObject({ host: `${martin.host}:3000` });
    expect(requestCookies()[SESSION_COOKIE]).toBeDefined();
    browserOn(martin.host);
    expect(await spendSignInLinkAction(idleState, form({ token }))).toMatchObject({ status: "error", formError: "link_invalid" });
  });

  it("expires after 15 minutes, and a contact of another centre cannot spend one on this host", async () => {
    const martin = DEMO_LOGINS.groupeMartinContact;
    const late = (await requestSignInLink({
      db,
      site: await site(martin.host),
      email: martin.email,
      now: new Date(Date.now() - 16 * 60_000),
    }))!;
    expect(await spendSignInLink({ db, hostname: martin.host, token: late.token })).toBeNull();
    const riviere = DEMO_LOGINS.transportsRiviereContact;
    expect(await requestSignInLink({ db, site: await site(DEMO_HOSTS.formaproLyonCustom), email: riviere.email })).toBeNull();
    const own = (await requestSignInLink({ db, site: await site(riviere.host), email: riviere.email }))!;
    expect(await spendSignInLink({ db, hostname: DEMO_HOSTS.formaproLyonCustom, token: own.token })).toBeNull();
  });

  it("answers the same for any address, sends nothing to staff or unknown addresses, and limits each address", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    for (const email of [DEMO_LOGINS.formaproAdmin.email, "personne@exemple.test", DEMO_REVOKED_LOGIN.email]) {
      browserOn(DEMO_HOSTS.formapro, ip);
      expect(await requestSignInLinkAction(idleState, form({ email }))).toEqual({ status: "success", data: "sign_in_link_sent" });
    }
    expect(await linksOf(DEMO_LOGINS.formaproAdmin.email)).toBe(0);
    expect(await linksOf(DEMO_REVOKED_LOGIN.email)).toBe(0);

    const contact = DEMO_LOGINS.pharmacieDuParcContact;
    const before = await linksOf(contact.email);
    for (let attempt = 0; attempt < 5; attempt++) {
      browserOn(contact.host, ip);
      expect(await requestSignInLinkAction(idleState, form({ email: contact.email }))).toEqual({
        status: "success",
        data: "sign_in_link_sent",
      });
    }
    expect(await linksOf(contact.email)).toBe(before + 3);
  });
});
