import { create } from "xmlbuilder2";

const RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
const QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

export interface CiiNote {
  /** UNTDID 4451: AAI general, PMT recovery fee, PMD late-payment penalties, AAB early-payment discount. */
  subject: "AAI" | "PMT" | "PMD" | "AAB";
  text: string;
}

export interface CiiComplement {
  notes: CiiNote[];
  sellerSiret: string | null;
  buyerSiret: string | null;
  /** BT-25 and BT-26: the invoice a credit note cancels. */
  preceding: { number: string; issueDate: Date } | null;
  /** BT-8 on every taxed VAT group: 5 (VAT on debits, at issue) or 72 (on payment); null when nothing is taxed. */
  vatDueDateTypeCode: "5" | "72" | null;
}

type Element = ReturnType<typeof create>["node"] & {
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element>;
  appendChild(child: unknown): unknown;
  insertBefore(child: unknown, before: unknown): unknown;
  removeChild(child: unknown): unknown;
  setAttribute(name: string, value: string): void;
  firstChild: unknown;
  textContent: string | null;
  localName: string;
  ownerDocument: { createElementNS(ns: string, name: string): Element };
};

/**
 * What @e-invoice-eu/core 2.3.4 cannot say in CII, added to its output by DOM edits (not by string
 * building): notes with their subject codes (BT-21, one note per mention), the SIRETs as party global
 * identifiers with scheme 0009 (BT-29, BT-46), the VAT due date type code (BT-8) and the preceding
 * invoice of a credit note (BG-3: the library reads its BillingReference from the wrong level), and the
 * delivery element CII requires even when empty.
 */
export function completeCii(xml: string, complement: CiiComplement): string {
  const document = create(xml);
  const root = document.root().node as unknown as Element;
  const first = (parent: Element, name: string) => parent.getElementsByTagNameNS(RAM, name)[0];
  const element = (name: string, text?: string) => {
    const node = root.ownerDocument.createElementNS(RAM, `ram:${name}`);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const exchanged = root.getElementsByTagNameNS("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "ExchangedDocument")[0]!;
  for (const note of Array.from(exchanged.getElementsByTagNameNS(RAM, "IncludedNote"))) exchanged.removeChild(note);
  for (const note of complement.notes) {
    const included = element("IncludedNote");
    included.appendChild(element("Content", note.text));
    included.appendChild(element("SubjectCode", note.subject));
    exchanged.appendChild(included);
  }

  const identify = (partyName: string, siret: string | null) => {
    const party = first(root, partyName);
    if (!party || !siret) return;
    const existing = Array.from(party.getElementsByTagNameNS(RAM, "ID")).find(
      (node) => (node as unknown as { parentNode: unknown }).parentNode === party,
    );
    if (existing) party.removeChild(existing);
    const globalId = element("GlobalID", siret);
    globalId.setAttribute("schemeID", "0009");
    party.insertBefore(globalId, first(party, "Name"));
  };
  identify("SellerTradeParty", complement.sellerSiret);
  identify("BuyerTradeParty", complement.buyerSiret);

  const settlement = first(root, "ApplicableHeaderTradeSettlement")!;
  // BG-13 is optional in EN 16931 but its CII element is required, empty when nothing is said.
  if (!first(root, "ApplicableHeaderTradeDelivery"))
    (settlement as unknown as { parentNode: Element }).parentNode.insertBefore(element("ApplicableHeaderTradeDelivery"), settlement);
  if (complement.preceding) {
    const referenced = element("InvoiceReferencedDocument");
    referenced.appendChild(element("IssuerAssignedID", complement.preceding.number));
    const issued = element("FormattedIssueDateTime");
    const date = root.ownerDocument.createElementNS(QDT, "qdt:DateTimeString");
    date.setAttribute("format", "102");
    date.textContent = complement.preceding.issueDate.toISOString().slice(0, 10).replaceAll("-", "");
    issued.appendChild(date);
    referenced.appendChild(issued);
    const summation = first(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")!;
    settlement.insertBefore(referenced, (summation as unknown as { nextSibling: unknown }).nextSibling);
  }
  if (complement.vatDueDateTypeCode) {
    for (const tax of Array.from(settlement.getElementsByTagNameNS(RAM, "ApplicableTradeTax"))) {
      if (first(tax, "CategoryCode")?.textContent !== "S") continue;
      tax.insertBefore(element("DueDateTypeCode", complement.vatDueDateTypeCode), first(tax, "RateApplicablePercent"));
    }
  }
  return document.end({ prettyPrint: true });
}
