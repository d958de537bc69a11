import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** An invoice's number in a list: "(avoir)" after a credit note's, and the funder a subrogated invoice is billed to. */
export function InvoiceNumber({ number, kind, funder }: { number: string; kind: "INVOICE" | "CREDIT_NOTE"; funder?: string | null }) {
  const t = useTranslations("invoices");
  return (
    <span className="font-medium">
      {number}
      {kind === "CREDIT_NOTE" && <span className="ml-1 text-xs text-slate-600">({t("creditNote")})</span>}
      {funder && (
        <span className="mt-1 block">
          <Badge tone="info">{t("billedToFunder", { funder })}</Badge>
        </span>
      )}
    </span>
  );
}
