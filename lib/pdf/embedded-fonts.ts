import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/** Font families a PdfFrame may use: the built-in Helvetica, or Inter embedded in the file (PDF/A needs every font embedded). */
export interface PdfFonts {
  regular: string;
  bold: string;
}

export const STANDARD_FONTS: PdfFonts = { regular: "Helvetica", bold: "Helvetica-Bold" };

const interFile = (weight: string) => path.join(process.cwd(), "node_modules/@expo-google-fonts/inter", weight, `Inter_${weight}.ttf`);

let registered = false;

/** Inter (SIL OFL, shipped by @expo-google-fonts/inter), registered once per process, as two families like Helvetica's. */
export function embeddedFonts(): PdfFonts {
  if (!registered) {
    Font.register({ family: "Inter", src: interFile("400Regular") });
    Font.register({ family: "Inter-Bold", src: interFile("700Bold") });
    registered = true;
  }
  return { regular: "Inter", bold: "Inter-Bold" };
}
