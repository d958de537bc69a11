import { newPasswordSchema } from "@/lib/accounts/new-password-schema";
import { isStrongPassword, passwordChecks, passwordStrength } from "@/lib/accounts/password-policy";
import { hashSecretToken, newSecretToken } from "@/lib/accounts/secret-token";

describe("password policy", () => {
  it("needs 9 characters with upper case, lower case, digit and special character", () => {
    expect(isStrongPassword("Passerelle#2026")).toBe(true);
    expect(isStrongPassword("Écolé#2026x")).toBe(true);
    for (const weak of ["Court#1a", "sansmajuscule#1", "SANSMINUSCULE#1", "SansChiffre#x", "SansSpecial12", ""])
      expect(isStrongPassword(weak)).toBe(false);
    expect(newPasswordSchema.safeParse("SansSpecial12").error?.issues[0].message).toBe("password_weak");
  });

  it("gives a strength hint from 0 to 4 with the rules still missing", () => {
    expect(passwordStrength("")).toBe(0);
    expect(passwordStrength("abc")).toBe(0);
    expect(passwordStrength("Passerelle#2026")).toBe(4);
    expect(passwordChecks("abcdefghi")).toEqual({ length: true, upper: false, lower: true, digit: false, special: false });
  });
});

describe("secret tokens", () => {
  it("are random, URL-safe, and stored only as their SHA-256 hex", () => {
    const { token, tokenHash } = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretToken(token)).toBe(tokenHash);
    expect(newSecretToken().token).not.toBe(token);
  });
});
