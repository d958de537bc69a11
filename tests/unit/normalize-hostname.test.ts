import { normalizeHostname } from "@/lib/tenancy/normalize-hostname";

describe("normalizeHostname", () => {
  it("lower-cases and drops the port and trailing dot", () => {
    expect(normalizeHostname("Lyon.Formapro.LOCALHOST:3000")).toBe("lyon.formapro.localhost");
    expect(normalizeHostname("formation.centre-exemple.test.")).toBe("formation.centre-exemple.test");
    expect(normalizeHostname("formation.centre-exemple.test.:443")).toBe("formation.centre-exemple.test");
  });

  it("refuses empty and malformed hosts", () => {
    expect(normalizeHostname(null)).toBeNull();
    expect(normalizeHostname("")).toBeNull();
    expect(normalizeHostname("evil.test/../admin")).toBeNull();
    expect(normalizeHostname("a b.test")).toBeNull();
  });

  it("refuses a port no URL can hold", () => {
    expect(normalizeHostname("formapro.localhost:99999")).toBeNull();
    expect(normalizeHostname("formapro.localhost:0")).toBeNull();
    expect(normalizeHostname("formapro.localhost:")).toBeNull();
    expect(normalizeHostname("formapro.localhost:65535")).toBe("formapro.localhost");
  });
});
