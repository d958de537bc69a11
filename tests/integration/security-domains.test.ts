// Threat (review): the second organisation's administrator registered a host under the first
// organisation's domain and served its own login page there. A hostname under another organisation's
// domains is refused; any other custom domain serves nothing until its ownership is proven by a DNS TXT
// record (lib/settings/verify-domain.ts, node:dns pointed here at a stand-in DNS server on loopback).
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { domainVerificationRecord } from "@/lib/settings/domain-verification-record";
import { addDomain, removeDomain, setPrimaryDomain } from "@/lib/settings/manage-domains";
import { verifyDomain } from "@/lib/settings/verify-domain";
import { lookupSite } from "@/lib/tenancy/cached-site-lookup";
import { DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { startDnsStandIn, type DnsStandIn } from "../support/dns-stand-in";
import { isNotFound, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);
let dns: DnsStandIn;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function adminOf(login: "formaproAdmin" | "horizonAdmin") {
  simulateRequest({ host: login === "formaproAdmin" ? DEMO_HOSTS.formapro : DEMO_HOSTS.horizon, identity: await demoIdentity(login) });
  return requireStaff();
}

async function added(result: Awaited<ReturnType<typeof addDomain>>) {
  if (result.status !== "added") throw new Error(result.error);
  return db.domain.findUniqueOrThrow({ where: { id: result.id } });
}

const served = async (hostname: string) =>
  (await proxy(new NextRequest(`http://${hostname}/login`, { headers: { host: hostname } }))).status;

beforeAll(async () => {
  dns = await startDnsStandIn();
  process.env.DNS_SERVERS = dns.server;
});

afterAll(async () => {
  delete process.env.DNS_SERVERS;
  await db.domain.deleteMany({ where: { hostname: { contains: "-claim-" } } });
  await dns.close();
  await db.$disconnect();
});

describe("claiming a hostname", () => {
  it("refuses one under (or equal to) another organisation's proven domains or development namespace", async () => {
    const horizon = await adminOf("horizonAdmin");
    for (const hostname of [
      "connexion.formapro.localhost",
      "paris.formapro.localhost",
      DEMO_HOSTS.formaproLyonCustom,
      `faux-claim-${unique()}.${DEMO_HOSTS.formaproLyonCustom}`,
    ])
      expect({ hostname, result: await addDomain({ staff: horizon, centreId: null, hostname }) }).toEqual({
        hostname,
        result: { status: "invalid", error: "hostname_foreign" },
      });
    expect(await addDomain({ staff: horizon, centreId: null, hostname: "personne.localhost" })).toEqual({
      status: "invalid",
      error: "hostname_unprovable",
    });
    expect(await served("paris.formapro.localhost")).toBe(404);
  });

  it("keeps a new custom domain silent until its DNS record proves ownership, then serves it", async () => {
    const horizon = await adminOf("horizonAdmin");
    const hostname = `extranet-claim-${unique()}.academie-horizon.test`;
    const domain = await added(await addDomain({ staff: horizon, centreId: null, hostname }));
    expect(domain).toMatchObject({ verifiedAt: null, isPrimary: false, verificationToken: expect.stringMatching(/^[\w-]{20,}$/) });
    expect(await lookupSite(hostname)).toBeNull();
    expect(await served(hostname)).toBe(404);
    expect(await isNotFound(setPrimaryDomain({ staff: horizon, domainId: domain.id }))).toBe(true);

    expect(await verifyDomain({ staff: horizon, domainId: domain.id })).toEqual({ verified: false });
    const record = domainVerificationRecord({ hostname, verificationToken: domain.verificationToken! });
    expect(record.name).toBe(`_passerelle.${hostname}`);
    dns.setTxt(record.name, ["passerelle-verification=un-autre-jeton", "v=spf1 -all"]);
    expect(await verifyDomain({ staff: horizon, domainId: domain.id })).toEqual({ verified: false });
    expect(await served(hostname)).toBe(404);

    dns.setTxt(record.name, ["v=spf1 -all", record.value]);
    expect(await verifyDomain({ staff: horizon, domainId: domain.id })).toEqual({ verified: true });
    expect((await lookupSite(hostname))?.organization.id).toBe(DEMO_ORGANIZATIONS.horizon.id);
    expect(await served(hostname)).toBe(200);
    expect(await db.auditEvent.count({ where: { action: "domain.verified", targetId: domain.id } })).toBe(1);

    // Another organisation cannot prove or touch it, and now it is theirs: names under it are refused to others.
    const formapro = await adminOf("formaproAdmin");
    expect(await isNotFound(verifyDomain({ staff: formapro, domainId: domain.id }))).toBe(true);
    expect(await addDomain({ staff: formapro, centreId: null, hostname: `sous.${hostname}` })).toEqual({
      status: "invalid",
      error: "hostname_foreign",
    });
    await removeDomain({ staff: horizon, domainId: domain.id });
    expect(await served(hostname)).toBe(404);
  });

  it("does not let an unproven claim block the real owner: whoever proves the name first gets it", async () => {
    const squatter = await adminOf("horizonAdmin");
    const hostname = `formation-claim-${unique()}.exemple.test`;
    const squat = await added(await addDomain({ staff: squatter, centreId: null, hostname }));
    const owner = await adminOf("formaproAdmin");
    const claim = await added(await addDomain({ staff: owner, centreId: null, hostname }));
    expect(await db.domain.count({ where: { id: squat.id } })).toBe(0);
    dns.setTxt(`_passerelle.${hostname}`, [domainVerificationRecord({ hostname, verificationToken: claim.verificationToken! }).value]);
    expect(await verifyDomain({ staff: owner, domainId: claim.id })).toEqual({ verified: true });
    const horizon = await adminOf("horizonAdmin");
    expect(await addDomain({ staff: horizon, centreId: null, hostname })).toEqual({ status: "invalid", error: "hostname_foreign" });
  });
});
