import { Text } from "@react-pdf/renderer";
import type { Brand } from "../../branding/brand";
import { PdfFrame } from "../../pdf/pdf-frame";
import { pdfStyles } from "../../pdf/pdf-styles";
import type { DocumentData } from "../load-document-data";
import { Field, Heading, Paragraph, SignatureBlocks, formatDate, formatDuration } from "./parts";

/** Following the Ministry of Labour's model certificate of completion (article R. 6332-26 du Code du travail). */
export function CertificatTemplate({ brand, data, createdAt }: { brand: Brand; data: DocumentData; createdAt: Date }) {
  const { organization, action, participant } = data;
  return (
    <PdfFrame
      brand={brand}
      title={`Certificat de réalisation — ${participant?.name}`}
      reference={`Certificat de réalisation · ${action.number}`}
      createdAt={createdAt}
    >
      <Text style={pdfStyles.title}>Certificat de réalisation</Text>
      <Paragraph>
        {`Je soussigné(e), représentant légal du dispensateur de l’action concernée, ${organization.legalName}${organization.nda ? ` (déclaration d’activité n° ${organization.nda})` : ""}, atteste que :`}
      </Paragraph>
      <Field label="Nom et prénom du bénéficiaire">{participant?.name ?? "—"}</Field>
      <Field label="Salarié(e) de l’entreprise">{data.company.name}</Field>
      <Field label="A suivi l’action">{`${action.title} (${action.number})`}</Field>
      <Field label="Nature de l’action">Action de formation (article L. 6313-1, 1° du Code du travail)</Field>
      <Field label="Qui s’est déroulée">{`du ${formatDate(action.startDate)} au ${formatDate(action.endDate)}`}</Field>
      <Field label="Durée prévue">{formatDuration(action.durationHours)}</Field>
      <Field label="Pour une durée réalisée de">{formatDuration(participant?.attendedHours ?? 0)}</Field>
      <Heading>Assiduité</Heading>
      <Paragraph>
        La durée réalisée est calculée à partir des feuilles d’émargement (séances où le bénéficiaire est présent ou en retard).
      </Paragraph>
      <Paragraph>
        Sans préjudice des délais imposés par les règles fixées par le financeur, le bénéficiaire et son employeur conservent ce certificat
        pendant 3 ans.
      </Paragraph>
      <SignatureBlocks left={`Cachet et signature du responsable du dispensateur (${organization.legalName})`} right="Fait le" />
    </PdfFrame>
  );
}
