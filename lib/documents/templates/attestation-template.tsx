import { Text, View } from "@react-pdf/renderer";
import type { Brand } from "../../branding/brand";
import { PdfFrame } from "../../pdf/pdf-frame";
import { pdfStyles } from "../../pdf/pdf-styles";
import type { DocumentData } from "../load-document-data";
import { Field, Heading, Paragraph, SignatureBlocks, formatDuration, formatSlot, period } from "./parts";

const STATUS = { PRESENT: "Présent", ABSENT: "Absent", LATE: "En retard", EXCUSED: "Absence excusée" } as const;

export function AttestationTemplate({ brand, data, createdAt }: { brand: Brand; data: DocumentData; createdAt: Date }) {
  const { action, participant } = data;
  const rate = action.durationHours > 0 && participant ? Math.round((participant.attendedHours / action.durationHours) * 100) : 0;
  return (
    <PdfFrame
      brand={brand}
      title={`Attestation d’assiduité — ${participant?.name}`}
      reference={`Attestation d’assiduité · ${action.number}`}
      createdAt={createdAt}
    >
      <Text style={pdfStyles.title}>Attestation d’assiduité</Text>
      <Paragraph>{`${data.organization.legalName} atteste que ${participant?.name}, salarié(e) de ${data.company.name}, a suivi l’action de formation « ${action.title} » (${action.number}), ${period(action)}.`}</Paragraph>
      <Field label="Durée prévue">{formatDuration(action.durationHours)}</Field>
      <Field label="Durée suivie">{formatDuration(participant?.attendedHours ?? 0)}</Field>
      <Field label="Taux d’assiduité">{`${rate} %`}</Field>
      <Heading>Détail des séances</Heading>
      {data.slots.map((slot) => {
        const status = participant?.attendance.get(slot.id);
        return (
          <View key={slot.id} style={pdfStyles.row} wrap={false}>
            <Text style={{ width: 200 }}>{formatSlot(slot)}</Text>
            <Text style={{ flex: 1 }}>{status ? STATUS[status] : "Non relevé"}</Text>
          </View>
        );
      })}
      <SignatureBlocks left={`Pour ${data.organization.legalName}`} right="Le formateur" />
    </PdfFrame>
  );
}
