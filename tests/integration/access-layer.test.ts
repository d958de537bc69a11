jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { endSession } from "@/lib/auth/end-sessions";
import { requireContact, SELECTED_COMPANY_COOKIE } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { getCompanyOverview } from "@/lib/companies/get-company-overview";
import { DEMO_COMPANIES, DEMO_HOSTS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";

describe("requireContact", () => {
  afterAll(() => db.$disconnect());

  it("returns the contact's company, and its subsidiaries for a parent company's contact", async () => {
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    const context = await requireContact();
    expect(context.company.id).toBe(DEMO_COMPANIES.groupeMartin.id);
    expect(context.companies.map((company) => company.id).sort()).toEqual(
      [DEMO_COMPANIES.groupeMartin.id, DEMO_COMPANIES.martinBoulangerieLyon.id, DEMO_COMPANIES.martinPatisserieNantes.id].sort(),
    );
  });

  it("opens a subsidiary chosen in the switcher, but never another company", async () => {
    const identity = await demoIdentity("groupeMartinContact");
    simulateRequest({
      host: DEMO_HOSTS.formapro,
      identity,
      cookies: { [SELECTED_COMPANY_COOKIE]: DEMO_COMPANIES.martinBoulangerieLyon.id },
    });
    expect((await requireContact()).company.id).toBe(DEMO_COMPANIES.martinBoulangerieLyon.id);

    for (const foreign of [DEMO_COMPANIES.transportsRiviere.id, DEMO_COMPANIES.pharmacieDuParc.id]) {
      simulateRequest({ host: DEMO_HOSTS.formapro, identity, cookies: { [SELECTED_COMPANY_COOKIE]: foreign } });
      expect((await requireContact()).company.id).toBe(DEMO_COMPANIES.groupeMartin.id);
    }
  });

  it("a subsidiary's contact does not reach its parent", async () => {
    simulateRequest({
      host: DEMO_HOSTS.formaproNantes,
      identity: await demoIdentity("transportsRiviereContact"),
      cookies: { [SELECTED_COMPANY_COOKIE]: DEMO_COMPANIES.groupeMartin.id },
    });
    const context = await requireContact();
    expect(context.companies.map((company) => company.id)).toEqual([DEMO_COMPANIES.transportsRiviere.id]);
  });

  it("sends to the login page a session made on another host, even of the same organisation", async () => {
    const identity = await demoIdentity("groupeMartinContact", DEMO_HOSTS.formapro);
    simulateRequest({ host: DEMO_HOSTS.formaproLyon, identity });
    expect(await redirectTarget(requireContact())).toBe("/login");
  });

  it("sends to the login page a session of another organisation replayed on this host", async () => {
    const identity = await demoIdentity("pharmacieDuParcContact", DEMO_HOSTS.formapro);
    simulateRequest({ host: DEMO_HOSTS.formapro, identity });
    expect(await redirectTarget(requireContact())).toBe("/login");
  });

  it("ends the session at the next request once the access is cut or the session itself ended", async () => {
    const identity = await demoIdentity("transportsRiviereContact");
    simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity });
    const access = await db.extranetAccess.findFirstOrThrow({ where: { userId: identity.userId } });
    await db.extranetAccess.update({ where: { id: access.id }, data: { status: "REVOKED" } });
    try {
      expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
    } finally {
      await db.extranetAccess.update({ where: { id: access.id }, data: { status: "ACTIVE" } });
    }
    expect((await requireContact()).contactId).toBeTruthy();
    await endSession({ db, sessionId: identity.sessionId, userId: identity.userId, reason: "LOGGED_OUT" });
    expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
  });

  it("sends staff to /admin and anonymous visitors to the login page", async () => {
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
    expect(await redirectTarget(requireContact())).toBe("/admin");
    simulateRequest({ host: DEMO_HOSTS.formapro });
    expect(await redirectTarget(requireContact())).toBe("/login");
  });

  it("answers not found on an unknown host", async () => {
    simulateRequest({ host: "inconnu.localhost", identity: await demoIdentity("groupeMartinContact") });
    expect(await isNotFound(requireContact())).toBe(true);
  });

  it("scopes the company's figures to the company the session allows", async () => {
    const identity = await demoIdentity("groupeMartinContact");
    simulateRequest({ host: DEMO_HOSTS.formapro, identity });
    const own = await getCompanyOverview({ context: await requireContact() });
    const expected = await db.participant.count({ where: { companyId: DEMO_COMPANIES.groupeMartin.id } });
    expect(own.participantCount).toBe(expected);
  });
});

describe("requireStaff", () => {
  it("returns staff of the site's organisation, on any of its hosts where they signed in", async () => {
    simulateRequest({ host: DEMO_HOSTS.formaproLyon, identity: await demoIdentity("formaproManager", DEMO_HOSTS.formaproLyon) });
    expect((await requireStaff()).user.role).toBe("MANAGER");
  });

  it("refuses staff of organisation A on organisation B's host, and contacts", async () => {
    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("formaproAdmin", DEMO_HOSTS.horizon) });
    expect(await redirectTarget(requireStaff())).toBe("/login");
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(await redirectTarget(requireStaff())).toBe("/");
  });

  it("ends a disabled staff member's session at the next request", async () => {
    const identity = await demoIdentity("horizonManager");
    await db.user.update({ where: { id: identity.userId }, data: { disabledAt: new Date() } });
    try {
      simulateRequest({ host: DEMO_HOSTS.horizon, identity });
      expect(await redirectTarget(requireStaff())).toBe("/login?expired=1");
    } finally {
      await db.user.update({ where: { id: identity.userId }, data: { disabledAt: null } });
    }
  });
});
