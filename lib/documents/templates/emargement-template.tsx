import { Text, View } from "@react-pdf/renderer";
import type { Brand } from "../../branding/brand";
import { PdfFrame } from "../../pdf/pdf-frame";
import { pdfStyles } from "../../pdf/pdf-styles";
import type { DocumentData } from "../load-document-data";
import { Field, formatSlot, period } from "./parts";

const MARK = { PRESENT: "Présent", ABSENT: "Absent", LATE: "Retard", EXCUSED: "Excusé" } as const;
const cell = { flex: 1, borderLeftWidth: 0.5, borderLeftColor: "#d1d5db", paddingHorizontal: 3, fontSize: 7.5 } as const;

/** Slots as rows, participants as columns, the recorded attendance in each cell (split in groups of 5 participants). */
export function EmargementTemplate({ brand, data, createdAt }: { brand: Brand; data: DocumentData; createdAt: Date }) {
  const { action } = data;
  const groups: (typeof data.participants)[] = [];
  for (let index = 0; index < data.participants.length; index += 5) groups.push(data.participants.slice(index, index + 5));
  if (groups.length === 0) groups.push([]);
  return (
    <PdfFrame
      brand={brand}
      title={`Feuille d’émargement — ${action.number}`}
      reference={`Feuille d’émargement · ${action.number} · ${data.company.name}`}
      createdAt={createdAt}
    >
      <Text style={pdfStyles.title}>Feuille d’émargement</Text>
      <Field label="Action">{`${action.number} — ${action.title}`}</Field>
      <Field label="Dates">{period(action)}</Field>
      <Field label="Entreprise">{data.company.name}</Field>
      <Field label="Formateur(s)">{data.trainers.join(", ") || "—"}</Field>
      {groups.map((group, groupIndex) => (
        <View key={groupIndex} style={{ marginTop: 12 }}>
          <View style={[pdfStyles.row, { backgroundColor: "#f3f4f6" }]} wrap={false}>
            <Text style={{ width: 150, fontSize: 7.5, fontFamily: "Helvetica-Bold" }}>Séance</Text>
            {group.map((participant) => (
              <Text key={participant.enrolmentId} style={[cell, { fontFamily: "Helvetica-Bold" }]}>
                {participant.name}
              </Text>
            ))}
          </View>
          {data.slots.map((slot) => (
            <View key={slot.id} style={[pdfStyles.row, { minHeight: 24 }]} wrap={false}>
              <Text style={{ width: 150, fontSize: 7.5 }}>{formatSlot(slot)}</Text>
              {group.map((participant) => {
                const status = participant.attendance.get(slot.id);
                return (
                  <Text key={participant.enrolmentId} style={cell}>
                    {status ? MARK[status] : ""}
                  </Text>
                );
              })}
            </View>
          ))}
        </View>
      ))}
    </PdfFrame>
  );
}
