import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { DEMO_HOSTS, DEMO_LOGINS, DEMO_PASSWORD, DEMO_REVOKED_LOGIN } from "../support/demo";

const logIn = async (host: string, email: string, password = DEMO_PASSWORD) => {
  const result = await authenticate({ hostname: host, email, password });
  return result.status === "ok" ? result.identity : null;
};

describe("authenticate", () => {
  afterAll(() => db.$disconnect());

  it("lets staff in on their organisation's hosts, bound to that host", async () => {
    const identity = await logIn(DEMO_HOSTS.formapro, DEMO_LOGINS.formaproAdmin.email);
    expect(identity).toMatchObject({ kind: "STAFF", host: DEMO_HOSTS.formapro });
    expect((await logIn(DEMO_HOSTS.formaproLyon, DEMO_LOGINS.formaproAdmin.email))?.host).toBe(DEMO_HOSTS.formaproLyon);
  });

  it("lets a contact with an active access in", async () => {
    const identity = await logIn(DEMO_HOSTS.formaproNantes, DEMO_LOGINS.transportsRiviereContact.email);
    expect(identity).toMatchObject({ kind: "CONTACT", host: DEMO_HOSTS.formaproNantes });
  });

  it("refuses a wrong password and an unknown email", async () => {
    expect(await logIn(DEMO_HOSTS.formapro, DEMO_LOGINS.formaproAdmin.email, "Mauvais#2026")).toBeNull();
    expect(await logIn(DEMO_HOSTS.formapro, "personne@exemple.test")).toBeNull();
  });

  it("refuses staff and contacts of one organisation on another organisation's host", async () => {
    expect(await logIn(DEMO_HOSTS.horizon, DEMO_LOGINS.formaproAdmin.email)).toBeNull();
    expect(await logIn(DEMO_HOSTS.formapro, DEMO_LOGINS.pharmacieDuParcContact.email)).toBeNull();
    expect(await logIn("inconnu.localhost", DEMO_LOGINS.formaproAdmin.email)).toBeNull();
  });

  it("refuses a contact whose access was revoked", async () => {
    expect(await logIn(DEMO_REVOKED_LOGIN.host, DEMO_REVOKED_LOGIN.email)).toBeNull();
  });

  it("refuses contacts while the organisation's extranet option is off, but not staff", async () => {
    const organization = await db.organization.findUniqueOrThrow({ where: { slug: "horizon" } });
    await db.organization.update({ where: { id: organization.id }, data: { extranetEnabled: false } });
    try {
      expect(await logIn(DEMO_HOSTS.horizon, DEMO_LOGINS.pharmacieDuParcContact.email)).toBeNull();
      expect(await logIn(DEMO_HOSTS.horizon, DEMO_LOGINS.horizonAdmin.email)).toMatchObject({ kind: "STAFF" });
    } finally {
      await db.organization.update({ where: { id: organization.id }, data: { extranetEnabled: true } });
    }
  });
});
