import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** An invoice's number in a list (a link to its page when given): "(avoir)" after a credit note's, and the funder a subrogated invoice is billed to. */
export function InvoiceNumber({
  number,
  kind,
  funder,
  href,
}: {
  number: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  funder?: string | null;
  href?: string;
}) {
  const t = useTranslations("invoices");
  return (
    <span className="font-medium">
      {href ? (
        <Link href={href} className="underline-offset-4 hover:underline">
          {number}
        </Link>
      ) : (
        number
      )}
      {kind === "CREDIT_NOTE" && <span className="ml-1 text-xs text-slate-600">({t("creditNote")})</span>}
      {funder && (
        <span className="mt-1 block">
          <Badge tone="info">{t("billedToFunder", { funder })}</Badge>
        </span>
      )}
    </span>
  );
}
