import "server-only";
import type { Brand } from "../branding/brand";
import { QuoteTemplate, type QuotePdfData } from "../documents/templates/quote-template";
import { embeddedFonts } from "../pdf/embedded-fonts";
import { renderPdf } from "../pdf/render-pdf";

/** The quote's PDF, Inter embedded (jest cannot load @react-pdf/renderer: tests mock this module). */
export function renderQuotePdf({ brand, data }: { brand: Brand; data: QuotePdfData }): Promise<Uint8Array> {
  return renderPdf(<QuoteTemplate brand={brand} data={data} fonts={embeddedFonts()} />);
}
