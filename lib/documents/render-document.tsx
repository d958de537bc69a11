import "server-only";
import type { Brand } from "../branding/brand";
import { renderPdf } from "../pdf/render-pdf";
import type { GeneratedKind } from "./document-kinds";
import type { DocumentData } from "./load-document-data";
import { AttestationTemplate } from "./templates/attestation-template";
import { CertificatTemplate } from "./templates/certificat-template";
import { ConventionTemplate } from "./templates/convention-template";
import { ConvocationTemplate } from "./templates/convocation-template";
import { EmargementTemplate } from "./templates/emargement-template";
import { ProgrammeTemplate } from "./templates/programme-template";

const TEMPLATES = {
  CONVENTION: ConventionTemplate,
  CONVOCATION: ConvocationTemplate,
  PROGRAMME: ProgrammeTemplate,
  CERTIFICAT_REALISATION: CertificatTemplate,
  ATTESTATION_ASSIDUITE: AttestationTemplate,
  FEUILLE_EMARGEMENT: EmargementTemplate,
} as const;

/** The PDF of a generated document kind (jest cannot load @react-pdf/renderer: tests mock this module). */
export async function renderDocument({
  kind,
  brand,
  data,
  createdAt,
}: {
  kind: GeneratedKind;
  brand: Brand;
  data: DocumentData;
  createdAt: Date;
}): Promise<Uint8Array> {
  const Template = TEMPLATES[kind];
  return renderPdf(<Template brand={brand} data={data} createdAt={createdAt} />);
}
