import { StyleSheet } from "@react-pdf/renderer";

/** Built-in PDF fonts (Helvetica): nothing to download, and they cover French accents. */
export const pdfStyles = StyleSheet.create({
  page: {
    paddingTop: 36,
    paddingBottom: 64,
    paddingHorizontal: 40,
    fontSize: 10,
    fontFamily: "Helvetica",
    color: "#1f2937",
    lineHeight: 1.4,
  },
  band: { flexDirection: "row", alignItems: "center", padding: 12, marginBottom: 16, borderRadius: 4 },
  bandName: { fontSize: 15, fontFamily: "Helvetica-Bold" },
  reference: { fontSize: 9, color: "#6b7280", marginBottom: 12 },
  title: { fontSize: 17, fontFamily: "Helvetica-Bold", marginBottom: 14 },
  heading: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  label: { fontSize: 8, color: "#6b7280", textTransform: "uppercase", marginBottom: 2 },
  strong: { fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e5e7eb", paddingVertical: 4 },
  footer: { position: "absolute", bottom: 24, left: 40, right: 40, fontSize: 7.5, color: "#6b7280", textAlign: "center" },
});
