import { Text, View } from "@react-pdf/renderer";
import type { Brand } from "../../branding/brand";
import { PdfFrame } from "../../pdf/pdf-frame";
import { pdfStyles } from "../../pdf/pdf-styles";
import type { DocumentData } from "../load-document-data";
import { Field, Heading, MODES, Paragraph, formatDurationInDays, formatSlot, formatStart, period } from "./parts";

/** What a participant needs to turn up: when the first session starts, where, for how long; never a price. */
export function ConvocationTemplate({ brand, data, createdAt }: { brand: Brand; data: DocumentData; createdAt: Date }) {
  const { action, participant } = data;
  const first = data.slots[0];
  const address = first?.location ?? action.location;
  return (
    <PdfFrame
      brand={brand}
      title={`Convocation — ${participant?.name}`}
      reference={`Convocation · ${action.number} · ${data.company.name}`}
      createdAt={createdAt}
    >
      <Text style={pdfStyles.title}>Convocation à une action de formation</Text>
      <Paragraph>{`À l’attention de ${participant?.name}${participant?.jobTitle ? `, ${participant.jobTitle}` : ""} — ${data.company.name}`}</Paragraph>
      <Paragraph>{`Nous avons le plaisir de vous convoquer à la formation « ${action.title} », ${period(action)}.`}</Paragraph>
      <Field label="Action">{action.number}</Field>
      {first && <Field label="Première séance">{formatStart(first.startsAt)}</Field>}
      <Field label="Adresse">{address ?? "—"}</Field>
      <Field label="Durée">{formatDurationInDays(action.durationHours)}</Field>
      <Field label="Modalité">{MODES[action.mode]}</Field>
      <Field label="Formateur(s)">{data.trainers.join(", ") || "—"}</Field>
      <Heading>Séances</Heading>
      {data.slots.map((slot) => (
        <View key={slot.id} style={pdfStyles.row} wrap={false}>
          <Text style={{ width: 170 }}>{formatSlot(slot)}</Text>
          <Text style={{ flex: 1 }}>{[slot.module, slot.location].filter(Boolean).join(" — ")}</Text>
        </View>
      ))}
      <Paragraph>
        Merci de vous présenter 10 minutes avant le début de la première séance. Pour toute question d’accessibilité, contactez-nous.
      </Paragraph>
    </PdfFrame>
  );
}
