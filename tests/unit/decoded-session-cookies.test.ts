import { decodedSessionToken, sessionCookies } from "@/lib/auth/decoded-session-cookies";

describe("decoded session cookies", () => {
  it("keeps only the session cookies of a Cookie header, chunks included", () => {
    expect(sessionCookies("passerelle-company=c1; authjs.session-token=abc; cart=x")).toBe("authjs.session-token=abc");
    expect(sessionCookies("__Secure-authjs.session-token.0=a; __Secure-authjs.session-token.1=b")).toBe(
      "__Secure-authjs.session-token.0=a; __Secure-authjs.session-token.1=b",
    );
    expect(sessionCookies("authjs.csrf-token=t; cart=x")).toBe("");
  });

  it("decrypts a cookie once a minute, never past the token's expiry", async () => {
    const decode = jest.fn(async () => ({ uid: "u1", exp: 1_000 + 30 }));
    expect(await decodedSessionToken("k1", decode, 1_000_000)).toEqual({ uid: "u1", exp: 1_030 });
    await decodedSessionToken("k1", decode, 1_020_000);
    expect(decode).toHaveBeenCalledTimes(1);
    await decodedSessionToken("k1", decode, 1_030_000); // the token expired: decoded again (and refused by Auth.js)
    expect(decode).toHaveBeenCalledTimes(2);

    const later = jest.fn(async () => ({ uid: "u2", exp: 10_000_000 }));
    await decodedSessionToken("k2", later, 2_000_000);
    await decodedSessionToken("k2", later, 2_059_999);
    await decodedSessionToken("k2", later, 2_060_000);
    expect(later).toHaveBeenCalledTimes(2);
  });

  it("keeps cookies apart", async () => {
    const a = await decodedSessionToken("ka", async () => ({ uid: "a", exp: undefined }));
    const b = await decodedSessionToken("kb", async () => null);
    expect([a, b]).toEqual([{ uid: "a", exp: undefined }, null]);
  });
});
