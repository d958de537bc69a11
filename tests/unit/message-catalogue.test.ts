import en from "@/messages/en";
import fr from "@/messages/fr";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

describe("message catalogue", () => {
  it("has the same keys in French and English", () => {
    expect(keys(en as Tree).sort()).toEqual(keys(fr as Tree).sort());
  });
});
