import en from "@/messages/en";
import fr from "@/messages/fr";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe("message catalogue", () => {
  it("has the same keys in French and English", () => {
    expect(keys(en as Tree).sort()).toEqual(keys(fr as Tree).sort());
  });
});

describe("French messages", () => {
  it("use the typographic apostrophe, since ICU treats ' as a quote and swallows what follows", () => {
    const withStraightQuote = Object.entries(fr as Record<string, unknown>).filter(([, value]) => JSON.stringify(value).includes("'"));
    expect(withStraightQuote).toEqual([]);
  });
});
