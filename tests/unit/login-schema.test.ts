import { loginSchema } from "@/lib/auth/login-schema";

describe("loginSchema", () => {
  it("normalises the email", () => {
    expect(loginSchema.parse({ email: "  Alice@Exemple.FR ", password: "x" }).email).toBe("alice@exemple.fr");
  });

  it("names each problem with a message key", () => {
    const result = loginSchema.safeParse({ email: "pas-un-email", password: "" });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual([
      ["email", "invalid_email"],
      ["password", "password_required"],
    ]);
  });
});
