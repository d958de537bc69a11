import { Text, View } from "@react-pdf/renderer";
import type { Brand } from "../../branding/brand";
import { PdfFrame } from "../../pdf/pdf-frame";
import { pdfStyles } from "../../pdf/pdf-styles";
import type { DocumentData } from "../load-document-data";
import { Field, Heading, MODES, Paragraph, formatDuration, period } from "./parts";

export function ProgrammeTemplate({ brand, data, createdAt }: { brand: Brand; data: DocumentData; createdAt: Date }) {
  const { action } = data;
  return (
    <PdfFrame brand={brand} title={`Programme — ${action.title}`} reference={`Programme · ${action.number}`} createdAt={createdAt}>
      <Text style={pdfStyles.title}>{`Programme de formation : ${action.title}`}</Text>
      <Field label="Action">{action.number}</Field>
      <Field label="Dates">{period(action)}</Field>
      <Field label="Durée">{formatDuration(action.durationHours)}</Field>
      <Field label="Modalité">{MODES[action.mode]}</Field>
      <Field label="Lieu">{action.location ?? "—"}</Field>
      <Field label="Formateur(s)">{data.trainers.join(", ") || "—"}</Field>
      {data.modules.map((module) => (
        <View key={module.code}>
          <Heading>{`${module.code} — ${module.title} (${formatDuration(module.durationHours)})`}</Heading>
          {module.objectives && <Field label="Objectifs">{module.objectives}</Field>}
          {module.prerequisites && <Field label="Prérequis">{module.prerequisites}</Field>}
          {module.programme && <Paragraph>{module.programme}</Paragraph>}
        </View>
      ))}
      <Heading>Modalités</Heading>
      <Paragraph>
        Évaluation des acquis en fin de formation ; questionnaire de satisfaction. Accessibilité aux personnes en situation de handicap :
        nous consulter.
      </Paragraph>
    </PdfFrame>
  );
}
