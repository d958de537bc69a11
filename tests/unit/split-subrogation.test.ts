import { splitSubrogation, type SplitFunding } from "@/lib/invoices/split-subrogation";

const funding = (fields: Partial<SplitFunding>): SplitFunding => ({
  id: "f",
  enrolmentId: "a",
  funderKind: "OPCO",
  opco: "AKTO",
  funderName: null,
  agreementNumber: null,
  amountCents: 0,
  status: "GRANTED",
  subrogation: true,
  ...fields,
});
const targets = [
  { enrolmentId: "a", seatLabel: "Ana", priceCents: 100_001 },
  { enrolmentId: "b", seatLabel: "Ben", priceCents: 50_000 },
];
const total = (lines: { quantity: number; unitPriceCents: number }[]) =>
  lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);

describe("splitSubrogation", () => {
  it("bills each granted subrogated share to its funder and the exact rest to the company", () => {
    const split = splitSubrogation({
      title: "SST",
      targets,
      fundings: [
        funding({ id: "akto", amountCents: 33_333, agreementNumber: "AK-1" }),
        funding({ id: "region", funderKind: "REGION", opco: null, funderName: "Région Bretagne", amountCents: 20_000, status: "PAID" }),
        funding({ id: "cpf", enrolmentId: "b", funderKind: "CPF", opco: null, amountCents: 50_000, subrogation: false }),
        funding({ id: "refused", enrolmentId: "b", amountCents: 10_000, status: "REFUSED" }),
      ],
    });
    expect(split.status).toBe("split");
    if (split.status !== "split") return;
    expect(split.parts.map((part) => [part.fundingId, total(part.lines)])).toEqual([
      [null, 46_668 + 50_000],
      ["akto", 33_333],
      ["region", 20_000],
    ]);
    expect(split.parts.reduce((sum, part) => sum + total(part.lines), 0)).toBe(150_001);
    expect(split.parts[0]!.lines[0]!.label).toBe("SST — Ana — reste à charge après prise en charge par Akto, Région Bretagne");
    expect(split.parts[1]!.lines[0]!.label).toBe("SST — Ana — prise en charge Akto — accord n° AK-1");
  });

  it("drops the company's invoice when the funders cover everything, and caps a funder at the seat's price", () => {
    const split = splitSubrogation({
      title: "HACCP",
      targets: [{ enrolmentId: null, seatLabel: null, priceCents: 200_000 }],
      fundings: [funding({ id: "ep", enrolmentId: null, opco: "OPCO_EP", amountCents: 250_000 })],
    });
    expect(split).toEqual({
      status: "split",
      parts: [{ fundingId: "ep", lines: [{ label: "HACCP — prise en charge OPCO EP", quantity: 1, unitPriceCents: 200_000 }] }],
    });
  });

  it("stops on a subrogated funding not decided yet, and ignores one the company says it pays itself", () => {
    expect(splitSubrogation({ title: "SST", targets, fundings: [funding({ id: "asked", status: "REQUESTED" })] })).toEqual({
      status: "funding_pending",
      fundingIds: ["asked"],
    });
    const own = splitSubrogation({ title: "SST", targets, fundings: [funding({ funderKind: "COMPANY", opco: null, amountCents: 1 })] });
    expect(own.status === "split" && own.parts.map((part) => part.fundingId)).toEqual([null]);
  });
});
