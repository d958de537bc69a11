import { AA_TEXT_CONTRAST, contrastRatio, relativeLuminance } from "@/lib/branding/contrast-ratio";

const withWhite = (hex: string) => contrastRatio(relativeLuminance(hex)!, 1);

describe("contrastRatio", () => {
  it("gives WCAG's figures: 21:1 for black on white, 1:1 for a colour on itself", () => {
    expect(withWhite("#000000")).toBeCloseTo(21, 5);
    expect(withWhite("#ffffff")).toBeCloseTo(1, 5);
  });

  it("puts #767676 just above AA and #777777 just under it, with white text", () => {
    expect(withWhite("#767676")).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(withWhite("#777777")).toBeLessThan(AA_TEXT_CONTRAST);
  });

  it("reads no luminance from a malformed colour", () => {
    expect(relativeLuminance("bleu")).toBeNull();
    expect(relativeLuminance("#12345")).toBeNull();
  });
});
