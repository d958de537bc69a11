// Threat (review): a NUL byte, a huge number or an unknown enum value in a URL reached PostgreSQL and
// answered 500. lib/http/request-params.ts is the one way pages and route handlers read their input.
import { z } from "zod";
import {
  enumFilter,
  flagFilter,
  idFilter,
  idParam,
  numberFilter,
  pageFilter,
  searchParamsRecord,
  textFilter,
  tokenParam,
} from "@/lib/http/request-params";

const BAD = ["\u0000", "%00", "a\u0000b", "99999999999999999999", "x".repeat(41), "../../etc", "é", "1 OR 1=1", "", " "];

describe("request parameters", () => {
  it("accepts ids as the database writes them and nothing else", () => {
    expect(idParam.safeParse("cmx5jxlc4000oll7d2mo9e43r").success).toBe(true);
    // A long run of digits is id-shaped: it is simply not found (404), it cannot break a query.
    for (const bad of BAD.filter((value) => !/^\d+$/.test(value)))
      expect({ bad, ok: idParam.safeParse(bad).success }).toEqual({ bad, ok: false });
    expect(tokenParam.safeParse("cXfYULda15TmxQ6BJ-zUhBPhWUCrqHSB7dQSDdkZtMw").success).toBe(true);
    expect(tokenParam.safeParse("court").success).toBe(false);
  });

  it("ignores a malformed filter instead of failing", () => {
    const schema = z.object({
      q: textFilter(100),
      page: pageFilter,
      statut: enumFilter(["PAID", "UNPAID"]),
      action: idFilter,
      year: numberFilter(1901, 2999),
      retard: flagFilter,
    });
    for (const bad of BAD) {
      const parsed = schema.parse({ q: bad, page: bad, statut: bad, action: bad, year: bad, retard: bad });
      expect(parsed.q).not.toMatch(/\u0000/);
      expect(parsed.q.length).toBeLessThanOrEqual(100);
      expect(parsed.page).toBe(1);
      expect(parsed.statut).toBeUndefined();
      expect(parsed.year).toBeUndefined();
      expect(parsed.retard).toBe(false);
    }
    expect(schema.parse({ statut: "100", page: "-3" })).toMatchObject({ statut: undefined, page: 1 });
    expect(schema.parse({ statut: ["PAID", "x"], page: ["2", "9"], q: ["a", "b"] })).toMatchObject({ statut: "PAID", page: 2, q: "a" });
    expect(schema.parse({})).toEqual({ q: "", page: 1, statut: undefined, action: undefined, year: undefined, retard: false });
  });

  it("reads a query string the way pages receive it (repeated parameters as arrays)", () => {
    expect(searchParamsRecord(new URL("http://x/?a=1&b=2&a=3&c=%ff"))).toEqual({ a: ["1", "3"], b: "2", c: "\ufffd" });
  });
});
