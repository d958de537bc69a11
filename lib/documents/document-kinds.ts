import type { DocumentKind } from "../generated/prisma/enums";

/** Kinds staff generate from an action; OTHER is for uploaded files. */
export const GENERATED_KINDS = [
  "CONVENTION",
  "CONVOCATION",
  "PROGRAMME",
  "CERTIFICAT_REALISATION",
  "ATTESTATION_ASSIDUITE",
  "FEUILLE_EMARGEMENT",
] as const satisfies readonly DocumentKind[];
export type GeneratedKind = (typeof GENERATED_KINDS)[number];

/** Kinds made for one participant. */
export const PER_PARTICIPANT_KINDS: readonly GeneratedKind[] = ["CONVOCATION", "CERTIFICAT_REALISATION", "ATTESTATION_ASSIDUITE"];

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  CONVENTION: "Convention de formation",
  CONVOCATION: "Convocation",
  PROGRAMME: "Programme de formation",
  CERTIFICAT_REALISATION: "Certificat de réalisation",
  ATTESTATION_ASSIDUITE: "Attestation d’assiduité",
  FEUILLE_EMARGEMENT: "Feuille d’émargement",
  OTHER: "Document",
};

export function documentStorageKey(organizationId: string, companyId: string, fileName: string): string {
  return `organizations/${organizationId}/companies/${companyId}/documents/${fileName}`;
}
