import { db } from "@/lib/db";
import { findSiteByHostname } from "@/lib/tenancy/find-site-by-hostname";
import { DEMO_CENTRES, DEMO_HOSTS, DEMO_ORGANIZATIONS } from "../support/demo";
const find = (hostname: string) => findSiteByHostname({ db, hostname });

describe("findSiteByHostname", () => {
  afterAll(() => db.$disconnect());

  it("resolves an organisation's registered host to the organisation's branding", async () => {
    const site = await find(DEMO_HOSTS.formapro);
    expect(site).toMatchObject({ hostname: DEMO_HOSTS.formapro, organization: { id: DEMO_ORGANIZATIONS.formapro.id }, centre: null });
    expect(site!.branding.name).toBe("Formapro Conseil");
  });

  it("resolves a centre's host and its custom domain to the centre with its own branding", async () => {
    const centreSite = await find(DEMO_HOSTS.formaproLyon);
    const customSite = await find(DEMO_HOSTS.formaproLyonCustom);
    expect(centreSite!.centre?.id).toBe(DEMO_CENTRES.lyon.id);
    expect(customSite!.centre?.id).toBe(DEMO_CENTRES.lyon.id);
    expect(customSite!.branding).toEqual(centreSite!.branding);
    const organizationSite = await find(DEMO_HOSTS.formapro);
    expect(centreSite!.branding.primaryColor).not.toBe(organizationSite!.branding.primaryColor);
  });

  it("reaches unregistered <org>.localhost and <centre>.<org>.localhost hosts by slug", async () => {
    const organization = await db.organization.create({
      data: {
        slug: "gamma-formation",
        legalName: "Gamma Formation SAS",
        shortName: "Gamma",
        centres: { create: { slug: "brest", legalName: "Gamma Brest", primaryColor: "#7c2d12" } },
      },
    });
    try {
      expect((await find("gamma-formation.localhost"))?.organization.id).toBe(organization.id);
      const centre = await find("brest.gamma-formation.localhost");
      expect(centre?.centre?.slug).toBe("brest");
      expect(centre?.branding.primaryColor).toBe("#7c2d12");
      expect(await find("quimper.gamma-formation.localhost")).toBeNull();
    } finally {
      await db.organization.delete({ where: { id: organization.id } });
    }
  });

  it("answers null for unknown hosts", async () => {
    expect(await find("inconnu.localhost")).toBeNull();
    expect(await find("formation.ailleurs.test")).toBeNull();
    expect(await find("a.b.formapro.localhost")).toBeNull();
  });
});
