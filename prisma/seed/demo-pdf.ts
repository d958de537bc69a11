import { createElement as h } from "react";

export interface DemoPdfParty {
  name: string;
  lines: string[];
}

export interface DemoPdfProps {
  title: string;
  /** The training organisation (or centre) issuing the document, with its colour. */
  issuer: DemoPdfParty & { color: string };
  recipient: DemoPdfParty;
  details: [label: string, value: string][];
  body: string;
  signature?: { name: string; jobTitle: string; signedAt: string };
  /** Written into the PDF metadata instead of the clock, so the same input gives the same bytes. */
  createdAt: Date;
}

const styles = {
  page: { padding: 48, fontSize: 10, fontFamily: "Helvetica", color: "#1f2937" },
  band: { padding: 14, marginBottom: 24, borderRadius: 4 },
  issuerName: { fontSize: 16, fontFamily: "Helvetica-Bold", color: "#ffffff" },
  issuerLine: { fontSize: 9, color: "#ffffff", marginTop: 2 },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 18 },
  parties: { flexDirection: "row", marginBottom: 18 },
  party: { flex: 1, paddingRight: 12 },
  label: { fontSize: 8, color: "#6b7280", textTransform: "uppercase", marginBottom: 3 },
  strong: { fontFamily: "Helvetica-Bold" },
  detailRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e5e7eb", paddingVertical: 4 },
  detailLabel: { width: 150, color: "#6b7280" },
  body: { marginTop: 18, lineHeight: 1.5 },
  signature: { marginTop: 28, padding: 10, borderWidth: 1, borderColor: "#16a34a", color: "#166534" },
  footer: { position: "absolute", bottom: 28, left: 48, right: 48, fontSize: 8, color: "#9ca3af", textAlign: "center" },
} as const;

/**
 * One branded page: issuer band, title, parties, details, a paragraph and, once signed, the signature
 * stamp. @react-pdf/renderer ships as ES modules only, so it is loaded with import(), which also works
 * when tsx runs this file as CommonJS (package.json declares no module type).
 */
export async function renderDemoPdf({ title, issuer, recipient, details, body, signature, createdAt }: DemoPdfProps): Promise<Uint8Array> {
  const { Document, Page, Text, View, renderToBuffer } = await import("@react-pdf/renderer");
  const party = (label: string, { name, lines }: DemoPdfParty) =>
    h(
      View,
      { style: styles.party },
      h(Text, { style: styles.label }, label),
      h(Text, { style: styles.strong }, name),
      ...lines.map((line) => h(Text, { key: line }, line)),
    );

  const document = h(
    Document,
    {
      title,
      author: issuer.name,
      creator: "Passerelle",
      producer: "Passerelle",
      language: "fr",
      creationDate: createdAt,
      modificationDate: createdAt,
    },
    h(
      Page,
      { size: "A4", style: styles.page },
      h(
        View,
        { style: [styles.band, { backgroundColor: issuer.color }] },
        h(Text, { style: styles.issuerName }, issuer.name),
        ...issuer.lines.map((line) => h(Text, { key: line, style: styles.issuerLine }, line)),
      ),
      h(Text, { style: styles.title }, title),
      h(View, { style: styles.parties }, party("Organisme de formation", issuer), party("Destinataire", recipient)),
      ...details.map(([label, value]) =>
        h(View, { key: label, style: styles.detailRow }, h(Text, { style: styles.detailLabel }, label), h(Text, null, value)),
      ),
      h(Text, { style: styles.body }, body),
      signature
        ? h(
            View,
            { style: styles.signature },
            h(Text, { style: styles.strong }, "Signé électroniquement"),
            h(Text, null, `par ${signature.name}, ${signature.jobTitle}, le ${signature.signedAt}`),
          )
        : null,
      h(Text, { style: styles.footer, fixed: true }, "Document de démonstration généré par Passerelle — données fictives"),
    ),
  );
  return new Uint8Array(await renderToBuffer(document));
}
