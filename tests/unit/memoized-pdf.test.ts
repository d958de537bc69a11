import { memoizedPdf } from "@/lib/pdf/memoized-pdf";

describe("memoized PDFs", () => {
  it("render once per content, again when the content changes", async () => {
    const render = jest.fn(async () => new Uint8Array([1, 2, 3]));
    const invoice = { number: "FA-1", totalInclTaxCents: 1200 };
    await memoizedPdf({ invoice }, render);
    await memoizedPdf({ invoice: { ...invoice } }, render);
    expect(render).toHaveBeenCalledTimes(1);
    await memoizedPdf({ invoice: { ...invoice, totalInclTaxCents: 1300 } }, render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("forget a failed rendering", async () => {
    await expect(memoizedPdf({ broken: true }, async () => Promise.reject(new Error("font")))).rejects.toThrow("font");
    await new Promise((resolve) => setImmediate(resolve));
    expect(await memoizedPdf({ broken: true }, async () => new Uint8Array([9]))).toEqual(new Uint8Array([9]));
  });
});
