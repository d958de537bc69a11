/**
 * What emails and PDFs show of the organisation or of the company's sub-centre: one shape, built once
 * (get-brand.ts), shared by every template so that a document and its notification look alike.
 */
export interface Brand {
  /** Display name: the centre's legal name, else the organisation's short name. */
  name: string;
  /** Raison sociale of the issuer (centre or organisation). */
  legalName: string;
  /** Absolute URL, or null when none was uploaded. */
  logoUrl: string | null;
  primaryColor: string;
  /** Black or white, whichever reads on primaryColor. */
  contrastColor: string;
  siret: string | null;
  nda: string | null;
  vatNumber: string | null;
  addressLines: string[];
  /** The extranet address links point to, e.g. https://formation.centre-exemple.fr */
  baseUrl: string;
}
