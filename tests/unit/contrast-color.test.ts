import { contrastColor } from "@/lib/branding/contrast-color";

describe("contrastColor", () => {
  it("puts white text on dark brand colours and black on light ones", () => {
    expect(contrastColor("#0f766e")).toBe("#ffffff");
    expect(contrastColor("#1d4ed8")).toBe("#ffffff");
    expect(contrastColor("#fde047")).toBe("#000000");
    expect(contrastColor("#ffffff")).toBe("#000000");
  });

  it("falls back to white for a malformed colour", () => {
    expect(contrastColor("blue")).toBe("#ffffff");
  });
});
