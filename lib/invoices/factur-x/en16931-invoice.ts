import type { Invoice as En16931Invoice } from "@e-invoice-eu/core";
import type { FacturXInvoice, FacturXParty, PostalAddress } from "./factur-x-invoice";
import { TRAINING_EXEMPTION } from "./legal-notes";

/** BT-23 (French "cadre de facturation"): S1, an invoice for services. */
export const SERVICES_OPERATION = "S1";

const amount = (cents: number) => (cents / 100).toFixed(2);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const siren = (siret: string | null) => (siret && siret.length >= 9 ? siret.replace(/\s/g, "").slice(0, 9) : null);
const percent = (basisPoints: number) => String(basisPoints / 100);

function address({ line, postalCode, city, countryCode = "FR" }: PostalAddress) {
  return {
    ...(line ? { "cbc:StreetName": line } : {}),
    ...(city ? { "cbc:CityName": city } : {}),
    ...(postalCode ? { "cbc:PostalZone": postalCode } : {}),
    "cac:Country": { "cbc:IdentificationCode": countryCode },
  } as const;
}

/** SIRET as the party identifier (scheme 0009), SIREN as the legal registration (0002), the VAT number if any. */
function party(party: FacturXParty, role: "seller" | "buyer") {
  const sirenNumber = siren(party.siret);
  const identification = { "cbc:ID": party.siret, "cbc:ID@schemeID": "0009" };
  return {
    ...(sirenNumber ? { "cbc:EndpointID": sirenNumber, "cbc:EndpointID@schemeID": "0002" } : {}),
    ...(party.siret ? { "cac:PartyIdentification": role === "seller" ? [identification] : identification } : {}),
    "cac:PostalAddress": address(party),
    ...(party.vatNumber ? { "cac:PartyTaxScheme": [{ "cbc:CompanyID": party.vatNumber, "cac:TaxScheme": { "cbc:ID": "VAT" } }] } : {}),
    "cac:PartyLegalEntity": {
      "cbc:RegistrationName": party.name,
      ...(sirenNumber ? { "cbc:CompanyID": sirenNumber, "cbc:CompanyID@schemeID": "0002" } : {}),
    },
    ...(party.email ? { "cac:Contact": { "cbc:ElectronicMail": party.email } } : {}),
  };
}

const lineCategory = (basisPoints: number) => ({
  "cbc:ID": basisPoints > 0 ? "S" : "E",
  "cbc:Percent": percent(basisPoints),
  "cac:TaxScheme": { "cbc:ID": "VAT" },
});
const category = (basisPoints: number) =>
  basisPoints > 0
    ? lineCategory(basisPoints)
    : {
        ...lineCategory(basisPoints),
        "cbc:TaxExemptionReasonCode": TRAINING_EXEMPTION.code,
        "cbc:TaxExemptionReason": TRAINING_EXEMPTION.text,
      };

/** The VAT breakdown (BG-23), one group per rate; the invoice's VAT total is the sum of the groups. */
function vatGroups(lines: FacturXInvoice["lines"], sign: number) {
  const bases = new Map<number, number>();
  for (const line of lines) bases.set(line.vatRateBasisPoints, (bases.get(line.vatRateBasisPoints) ?? 0) + sign * line.totalExclTaxCents);
  return [...bases].map(([basisPoints, baseCents]) => ({
    basisPoints,
    baseCents,
    vatCents: Math.round((baseCents * basisPoints) / 10_000),
  }));
}

/**
 * The invoice in @e-invoice-eu/core's internal (UBL-shaped) form, from which it writes the CII of the
 * EN 16931 profile: BT-23 says services, the VATEX code the exemption, SIREN the legal registration of
 * both parties, BG-15 the delivery address when it differs (complete-cii.ts adds what it cannot say).
 */
export function en16931Invoice(invoice: FacturXInvoice): En16931Invoice {
  const sign = invoice.kind === "CREDIT_NOTE" ? -1 : 1;
  const groups = vatGroups(invoice.lines, sign);
  const excl = sign * invoice.totalExclTaxCents;
  const vat = groups.reduce((sum, group) => sum + group.vatCents, 0);
  const paid = sign * invoice.paidCents;
  return {
    "ubl:Invoice": {
      "cbc:CustomizationID": "urn:cen.eu:en16931:2017",
      "cbc:ProfileID": SERVICES_OPERATION,
      "cbc:ID": invoice.number,
      "cbc:IssueDate": isoDate(invoice.issueDate),
      ...(sign > 0 ? { "cbc:DueDate": isoDate(invoice.dueDate) } : {}),
      "cbc:InvoiceTypeCode": sign > 0 ? "380" : "381",
      "cbc:DocumentCurrencyCode": "EUR",
      ...(invoice.buyerReference ? { "cbc:BuyerReference": invoice.buyerReference } : {}),
      ...(invoice.period
        ? { "cac:InvoicePeriod": { "cbc:StartDate": isoDate(invoice.period.start), "cbc:EndDate": isoDate(invoice.period.end) } }
        : {}),
      "cac:AccountingSupplierParty": { "cac:Party": party(invoice.seller, "seller") },
      "cac:AccountingCustomerParty": { "cac:Party": party(invoice.buyer, "buyer") as never },
      ...(invoice.delivery ? { "cac:Delivery": { "cac:DeliveryLocation": { "cac:Address": address(invoice.delivery) } } } : {}),
      "cac:PaymentTerms": { "cbc:Note": `Paiement à réception, au plus tard le ${isoDate(invoice.dueDate)}.` },
      "cac:TaxTotal": [
        {
          "cbc:TaxAmount": amount(vat),
          "cbc:TaxAmount@currencyID": "EUR",
          "cac:TaxSubtotal": groups.map((group) => ({
            "cbc:TaxableAmount": amount(group.baseCents),
            "cbc:TaxableAmount@currencyID": "EUR",
            "cbc:TaxAmount": amount(group.vatCents),
            "cbc:TaxAmount@currencyID": "EUR",
            "cac:TaxCategory": category(group.basisPoints),
          })),
        },
      ],
      "cac:LegalMonetaryTotal": {
        "cbc:LineExtensionAmount@currencyID": "EUR",
        "cbc:LineExtensionAmount": amount(excl),
        "cbc:TaxExclusiveAmount@currencyID": "EUR",
        "cbc:TaxExclusiveAmount": amount(excl),
        "cbc:TaxInclusiveAmount@currencyID": "EUR",
        "cbc:TaxInclusiveAmount": amount(excl + vat),
        ...(paid ? { "cbc:PrepaidAmount": amount(paid), "cbc:PrepaidAmount@currencyID": "EUR" } : {}),
        "cbc:PayableAmount@currencyID": "EUR",
        "cbc:PayableAmount": amount(excl + vat - paid),
      },
      "cac:InvoiceLine": invoice.lines.map((line, index) => ({
        "cbc:ID": String(index + 1),
        "cbc:InvoicedQuantity": String(line.quantity),
        "cbc:InvoicedQuantity@unitCode": "C62",
        "cbc:LineExtensionAmount": amount(sign * line.totalExclTaxCents),
        "cbc:LineExtensionAmount@currencyID": "EUR",
        "cac:Item": {
          "cbc:Name": line.label,
          "cac:ClassifiedTaxCategory": lineCategory(line.vatRateBasisPoints),
        },
        "cac:Price": { "cbc:PriceAmount": amount(sign * line.unitPriceCents), "cbc:PriceAmount@currencyID": "EUR" },
      })) as never,
    },
  } as En16931Invoice;
}
