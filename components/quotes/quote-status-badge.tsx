import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "../ui/badge";
import type { QuoteDisplayStatus } from "@/lib/quotes/quote-status";

const TONES: Record<QuoteDisplayStatus, BadgeTone> = {
  SENT: "info",
  EXPIRED: "neutral",
  ACCEPTED: "success",
  DECLINED: "danger",
  CONVERTED: "success",
};

/** A quote's status, the same words and tone in the extranet and /admin. */
export async function QuoteStatusBadge({ status }: { status: QuoteDisplayStatus }) {
  const t = await getTranslations("quotes.status");
  return (
    <Badge tone={TONES[status]} data-testid="quote-status">
      {t(status)}
    </Badge>
  );
}
