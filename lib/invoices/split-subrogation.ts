import type { FundingStatus } from "../generated/prisma/enums";
import type { FundingRow } from "../fundings/list-fundings";
import { funderInvoiceName } from "../fundings/funding-kinds";

export interface SplitTarget {
  enrolmentId: string | null;
  /** The seat's participant, null for an INTRA. */
  seatLabel: string | null;
  priceCents: number;
}

/** A funding's own fields (list-fundings.ts), as the split reads them. */
export type SplitFunding = Omit<FundingRow, "companyId" | "actionId" | "action" | "seatLabel">;

export interface InvoicePartLine {
  label: string;
  quantity: number;
  unitPriceCents: number;
}

/** One invoice to issue: the company's (fundingId null) or a subrogated funder's. */
export interface InvoicePart {
  fundingId: string | null;
  lines: InvoicePartLine[];
}

export type SubrogationSplit = { status: "split"; parts: InvoicePart[] } | { status: "funding_pending"; fundingIds: string[] };

// A funder pays the organisation directly only once it has granted its share (or paid it); a refused one
// leaves the whole price to the company, and one not decided yet cannot be invoiced to anyone.
const INVOICED_TO_FUNDER: readonly FundingStatus[] = ["GRANTED", "PAID"];
const UNDECIDED: readonly FundingStatus[] = ["TO_REQUEST", "REQUESTED"];
const paidByFunder = (funding: SplitFunding) => funding.subrogation && funding.funderKind !== "COMPANY";

/**
 * A company's price for a training, split into the invoices to issue: one per subrogated funding the
 * funder granted (its amount, capped at what is left of its seat's price), and the company's for the rest
 * of each seat (a seat left at zero drops out, and so does a company invoice with nothing left). The
 * parts add up exactly to the price; a subrogated funding not decided yet stops the split.
 */
export function splitSubrogation({
  title,
  targets,
  fundings,
}: {
  title: string;
  targets: SplitTarget[];
  fundings: SplitFunding[];
}): SubrogationSplit {
  const undecided = fundings.filter((funding) => paidByFunder(funding) && UNDECIDED.includes(funding.status));
  if (undecided.length) return { status: "funding_pending", fundingIds: undecided.map((funding) => funding.id) };

  const funderParts: InvoicePart[] = [];
  const companyLines: InvoicePartLine[] = [];
  for (const target of targets) {
    const seat = target.seatLabel ? `${title} — ${target.seatLabel}` : title;
    let leftCents = target.priceCents;
    const funders: string[] = [];
    for (const funding of fundings) {
      if (funding.enrolmentId !== target.enrolmentId || !paidByFunder(funding) || !INVOICED_TO_FUNDER.includes(funding.status)) continue;
      const coveredCents = Math.min(funding.amountCents, leftCents);
      if (coveredCents <= 0) continue;
      leftCents -= coveredCents;
      const funder = funderInvoiceName(funding);
      funders.push(funder);
      const agreement = funding.agreementNumber ? ` — accord n° ${funding.agreementNumber}` : "";
      funderParts.push({
        fundingId: funding.id,
        lines: [{ label: `${seat} — prise en charge ${funder}${agreement}`, quantity: 1, unitPriceCents: coveredCents }],
      });
    }
    if (leftCents > 0)
      companyLines.push({
        label: funders.length ? `${seat} — reste à charge après prise en charge par ${funders.join(", ")}` : seat,
        quantity: 1,
        unitPriceCents: leftCents,
      });
  }
  const parts = companyLines.length ? [{ fundingId: null, lines: companyLines }, ...funderParts] : funderParts;
  return { status: "split", parts };
}
