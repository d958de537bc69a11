import type { FunderKind, FundingStatus, Opco } from "../generated/prisma/enums";

export const FUNDER_KINDS = ["COMPANY", "OPCO", "CPF", "FRANCE_TRAVAIL", "REGION", "OTHER"] as const satisfies readonly FunderKind[];
export const FUNDING_STATUSES = ["TO_REQUEST", "REQUESTED", "GRANTED", "REFUSED", "PAID"] as const satisfies readonly FundingStatus[];
/** Still to settle: not refused, not paid yet. */
export const PENDING_FUNDING_STATUSES = ["TO_REQUEST", "REQUESTED", "GRANTED"] as const satisfies readonly FundingStatus[];

/** The 11 OPCOs and the name each one goes by (proper names: the same in every language). */
export const OPCO_NAMES: Record<Opco, string> = {
  AFDAS: "Afdas",
  AKTO: "Akto",
  ATLAS: "Atlas",
  CONSTRUCTYS: "Constructys",
  OCAPIAT: "Ocapiat",
  OPCO_2I: "OPCO 2i",
  OPCO_COHESION_SOCIALE: "Uniformation (OPCO Cohésion sociale)",
  OPCO_COMMERCE: "L’Opcommerce",
  OPCO_EP: "OPCO EP",
  OPCO_MOBILITES: "OPCO Mobilités",
  OPCO_SANTE: "OPCO Santé",
};
export const OPCOS = Object.keys(OPCO_NAMES) as Opco[];

/** A funder's own name where it has one (the OPCO's, the region's or other funder's), else null: the kind's label names it. */
export function funderOwnName(funding: { funderKind: FunderKind; opco: Opco | null; funderName: string | null }): string | null {
  if (funding.funderKind === "OPCO" && funding.opco) return OPCO_NAMES[funding.opco];
  if (funding.funderKind === "REGION" || funding.funderKind === "OTHER") return funding.funderName;
  return null;
}

/** A funding counts against the price unless the funder refused it. */
export const countsAgainstPrice = (status: FundingStatus) => status !== "REFUSED";

/** Who an invoice of a subrogated funding is addressed to: the funder's own name, else its institution's. */
export function funderInvoiceName(funding: { funderKind: FunderKind; opco: Opco | null; funderName: string | null }): string {
  const name = funderOwnName(funding);
  if (name) return name;
  if (funding.funderKind === "CPF") return "Caisse des Dépôts et Consignations (Mon Compte Formation)";
  if (funding.funderKind === "FRANCE_TRAVAIL") return "France Travail";
  return funding.funderKind;
}
