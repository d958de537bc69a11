// The one rule for which hosts are a company's extranet (invitations, login, every contact request).
import { isCompanyExtranetSite } from "@/lib/tenancy/company-extranet-site";
import type { Site } from "@/lib/tenancy/site";

const site = (centreId: string | null): Site => ({
  hostname: "h",
  organization: { id: "o", slug: "o", legalName: "O" },
  centre: centreId ? { id: centreId, slug: centreId, legalName: centreId } : null,
  branding: { name: "O", logoUrl: null, primaryColor: "#000000" },
});

describe("a company's extranet", () => {
  it("in multi-extranet mode is its centre's hosts, or the organisation's for a company without a centre", () => {
    expect(isCompanyExtranetSite({ site: site("nantes"), companyCentreId: "nantes", multiExtranet: true })).toBe(true);
    expect(isCompanyExtranetSite({ site: site("lyon"), companyCentreId: "nantes", multiExtranet: true })).toBe(false);
    expect(isCompanyExtranetSite({ site: site(null), companyCentreId: "nantes", multiExtranet: true })).toBe(false);
    expect(isCompanyExtranetSite({ site: site(null), companyCentreId: null, multiExtranet: true })).toBe(true);
    expect(isCompanyExtranetSite({ site: site("lyon"), companyCentreId: null, multiExtranet: true })).toBe(false);
  });

  it("otherwise is the organisation's own hosts, for every company", () => {
    expect(isCompanyExtranetSite({ site: site(null), companyCentreId: "nantes", multiExtranet: false })).toBe(true);
    expect(isCompanyExtranetSite({ site: site("nantes"), companyCentreId: "nantes", multiExtranet: false })).toBe(false);
  });
});
