import type { ReactNode } from "react";
import { Text, View } from "@react-pdf/renderer";
import { pdfStyles } from "../../pdf/pdf-styles";
import { formatDate as formatAnyDate, formatMoney } from "../../format/format";
import type { DocumentData } from "../load-document-data";

const dayFormat = new Intl.DateTimeFormat("fr-FR", {
  weekday: "short",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Paris",
});
const timeFormat = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/** Documents are written in French, in a PDF font without the narrow no-break space: "12 mars 2027", "1 250,00 €". */
export const formatDate = (date: Date) => formatAnyDate(date, "fr", "long");
export const formatSlot = (slot: { startsAt: Date; endsAt: Date }) =>
  `${dayFormat.format(slot.startsAt)} ${timeFormat.format(slot.startsAt)}–${timeFormat.format(slot.endsAt)}`;
export const formatEuros = (cents: number) => formatMoney(cents, "fr", { plainSpaces: true });
export { formatDuration, formatDurationInDays, formatStart } from "./french-formats";

export function period(action: DocumentData["action"]): string {
  return action.startDate.getTime() === action.endDate.getTime()
    ? `le ${formatDate(action.startDate)}`
    : `du ${formatDate(action.startDate)} au ${formatDate(action.endDate)}`;
}

export const MODES = { IN_PERSON: "présentiel", REMOTE: "à distance", BLENDED: "mixte (présentiel et à distance)" } as const;

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View style={pdfStyles.row} wrap={false}>
      <Text style={{ width: 150, color: "#6b7280" }}>{label}</Text>
      <Text style={{ flex: 1 }}>{children}</Text>
    </View>
  );
}

export function Heading({ children }: { children: ReactNode }) {
  return <Text style={pdfStyles.heading}>{children}</Text>;
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ marginBottom: 6 }}>{children}</Text>;
}

export function companyAddress(company: DocumentData["company"]): string {
  return [company.address, [company.postalCode, company.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

export function organizationAddress(organization: DocumentData["organization"]): string {
  return [organization.address, [organization.postalCode, organization.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

/** Two signature boxes side by side, for the organisation and the company. */
export function SignatureBlocks({ left, right, place }: { left: string; right: string; place?: string }) {
  return (
    <View style={{ flexDirection: "row", marginTop: 24, gap: 16 }} wrap={false}>
      {[left, right].map((label) => (
        <View key={label} style={{ flex: 1, borderWidth: 0.5, borderColor: "#9ca3af", borderRadius: 4, padding: 8, height: 90 }}>
          <Text style={pdfStyles.strong}>{label}</Text>
          <Text style={{ fontSize: 8, color: "#6b7280" }}>{place ? `Fait à ${place}, le` : "Date, nom, qualité et signature"}</Text>
        </View>
      ))}
    </View>
  );
}
