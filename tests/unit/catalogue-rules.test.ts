import { parseCart, serializeCart, emptyCart } from "@/lib/catalogue/cart";
import { findDuplicateParticipant } from "@/lib/catalogue/find-duplicate-participant";
import { resolveModulePrice, resolveUnitPrice } from "@/lib/catalogue/resolve-price";

describe("price resolution", () => {
  const sst = { id: "sst", defaultPriceCents: 25_000 };
  const epi = { id: "epi", defaultPriceCents: 18_000 };

  it("uses the company's price where it has one, else the module's default", () => {
    expect(resolveModulePrice(sst, new Map([["sst", 22_000]]))).toBe(22_000);
    expect(resolveModulePrice(epi, new Map([["sst", 22_000]]))).toBe(18_000);
  });

  it("a session costs the session's price, else the sum of its modules' defaults", () => {
    expect(resolveUnitPrice({ actionPriceCents: 40_000, modules: [sst, epi], companyPrices: new Map() })).toBe(40_000);
    expect(resolveUnitPrice({ actionPriceCents: null, modules: [sst, epi], companyPrices: new Map() })).toBe(43_000);
  });

  it("a company price on one module of a session applies, the other modules at their default", () => {
    expect(resolveUnitPrice({ actionPriceCents: 40_000, modules: [sst, epi], companyPrices: new Map([["sst", 20_000]]) })).toBe(38_000);
    expect(resolveUnitPrice({ actionPriceCents: 25_000, modules: [sst], companyPrices: new Map([["sst", 22_000]]) })).toBe(22_000);
  });

  it("another company's prices (absent from the map) never apply", () => {
    expect(resolveUnitPrice({ actionPriceCents: 25_000, modules: [sst], companyPrices: new Map([["other-module", 1]]) })).toBe(25_000);
  });
});

describe("duplicate participant detection", () => {
  const known = [
    { id: "1", firstName: "Élodie", lastName: "Fabre", email: "elodie.fabre@example.test" },
    { id: "2", firstName: "Jean-Pierre", lastName: "Le Goff", email: null },
  ];

  it("finds the same email whatever its case", () => {
    expect(findDuplicateParticipant({ firstName: "X", lastName: "Y", email: "ELODIE.Fabre@example.test " }, known)).toEqual({
      reason: "duplicate_email",
      match: known[0],
    });
  });

  it("finds the same names without accents, case or spacing", () => {
    expect(findDuplicateParticipant({ firstName: "elodie", lastName: " FABRE ", email: "autre@example.test" }, known)?.match.id).toBe("1");
    expect(findDuplicateParticipant({ firstName: "Jean Pierre", lastName: "le goff", email: "jp@example.test" }, known)?.reason).toBe(
      "duplicate_name",
    );
  });

  it("lets a different person through", () => {
    expect(findDuplicateParticipant({ firstName: "Élodie", lastName: "Martin", email: "em@example.test" }, known)).toBeNull();
  });
});

describe("cart cookie", () => {
  it("round-trips and ignores a cart of another company or a forged value", () => {
    const cart = { c: "company-a", l: [{ a: "action", p: ["p1"], n: [{ f: "Ana", l: "Lima", e: "ana@example.test" }] }] };
    expect(parseCart(serializeCart(cart), "company-a")).toEqual(cart);
    expect(parseCart(serializeCart(cart), "company-b")).toEqual(emptyCart("company-b"));
    expect(parseCart("not-base64-json", "company-a")).toEqual(emptyCart("company-a"));
    expect(parseCart(serializeCart({ ...cart, l: [{ a: 42 }] } as never), "company-a")).toEqual(emptyCart("company-a"));
  });
});
