import type { InvoiceKind } from "../../generated/prisma/enums";

/** A postal address as EN 16931 wants it (BG-5, BG-8, BG-15): the country is France unless told otherwise. */
export interface PostalAddress {
  line: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode?: string;
}

export interface FacturXParty extends PostalAddress {
  name: string;
  siret: string | null;
  vatNumber: string | null;
  email?: string | null;
}

/**
 * Everything an EN 16931 invoice or credit note says, in cents and as stored: a credit note carries
 * negative amounts here (as in the database) and positive ones in the XML, with type code 381.
 */
export interface FacturXInvoice {
  number: string;
  kind: InvoiceKind;
  issueDate: Date;
  dueDate: Date;
  /** The invoice a credit note cancels (BT-25, BT-26). */
  credited: { number: string; issueDate: Date } | null;
  /** The seller opted to pay VAT on debits (BT-8 = 5, "TVA d'après les débits"); otherwise VAT is due on payment. */
  vatOnDebits: boolean;
  totalExclTaxCents: number;
  vatCents: number;
  totalInclTaxCents: number;
  paidCents: number;
  seller: FacturXParty;
  buyer: FacturXParty;
  /** Where the training takes place when it differs from the buyer's address (BG-15). */
  delivery: PostalAddress | null;
  /** The training period the invoice covers (BG-14), when it is tied to an action. */
  period: { start: Date; end: Date } | null;
  /** A subrogated funder's invoice: the company whose training it pays, and the funder's agreement. */
  subrogation?: { companyName: string; companySiret: string | null; agreementNumber: string | null } | null;
  /** The buyer's reference: the training action number (BT-10). */
  buyerReference: string | null;
  lines: { label: string; quantity: number; unitPriceCents: number; vatRateBasisPoints: number; totalExclTaxCents: number }[];
}
