import { Text } from "@react-pdf/renderer";
import type { Brand } from "../../branding/brand";
import { PdfFrame } from "../../pdf/pdf-frame";
import { pdfStyles } from "../../pdf/pdf-styles";
import type { DocumentData } from "../load-document-data";
import {
  Field,
  Heading,
  MODES,
  Paragraph,
  SignatureBlocks,
  companyAddress,
  formatDuration,
  formatEuros,
  organizationAddress,
  period,
} from "./parts";

export function ConventionTemplate({ brand, data, createdAt }: { brand: Brand; data: DocumentData; createdAt: Date }) {
  const { organization, company, action } = data;
  const seats = data.participants.length;
  const total = action.priceCents === null ? null : action.type === "INTRA" ? action.priceCents : action.priceCents * Math.max(seats, 1);
  return (
    <PdfFrame
      brand={brand}
      title={`Convention de formation — ${action.number}`}
      reference={`Convention de formation · ${action.number} · ${company.name}`}
      createdAt={createdAt}
    >
      <Text style={pdfStyles.title}>Convention de formation professionnelle</Text>
      <Paragraph>Articles L. 6353-1 et suivants du Code du travail.</Paragraph>
      <Heading>Entre les soussignés</Heading>
      <Paragraph>
        {organization.legalName}, {organizationAddress(organization)}
        {organization.siret ? `, SIRET ${organization.siret}` : ""}
        {organization.nda ? `, déclaration d’activité n° ${organization.nda}` : ""}, ci-après « l’organisme de formation »,
      </Paragraph>
      <Paragraph>
        et {company.name}, {companyAddress(company)}
        {company.siret ? `, SIRET ${company.siret}` : ""}, ci-après « l’entreprise ».
      </Paragraph>
      <Heading>Objet : l’action de formation</Heading>
      <Field label="Action">{`${action.number} — ${action.title} (${action.type})`}</Field>
      <Field label="Module(s)">{data.modules.map((module) => module.title).join(" ; ") || action.title}</Field>
      <Field label="Objectifs">
        {data.modules
          .map((module) => module.objectives)
          .filter(Boolean)
          .join(" ") || "Voir le programme joint."}
      </Field>
      <Field label="Dates">{period(action)}</Field>
      <Field label="Durée">{formatDuration(action.durationHours)}</Field>
      <Field label="Modalité">{MODES[action.mode]}</Field>
      <Field label="Lieu">{action.location ?? "—"}</Field>
      <Field label="Places">{`${seats} participant(s) de l’entreprise`}</Field>
      <Field label="Participants">{data.participants.map((participant) => participant.name).join(", ") || "À désigner"}</Field>
      <Heading>Prix</Heading>
      <Field label={action.type === "INTRA" ? "Prix de la session (HT)" : "Prix par participant (HT)"}>
        {action.priceCents === null ? "Selon devis" : formatEuros(action.priceCents)}
      </Field>
      {total !== null && <Field label="Total (HT)">{formatEuros(total)}</Field>}
      <Paragraph>
        L’organisme de formation s’engage à organiser l’action de formation désignée ci-dessus ; l’entreprise s’engage à en régler le prix
        selon les conditions générales de vente. En cas de dédit, les conditions générales s’appliquent.
      </Paragraph>
      <SignatureBlocks left={`Pour ${organization.legalName}`} right={`Pour ${company.name}`} place={organization.city ?? undefined} />
    </PdfFrame>
  );
}
