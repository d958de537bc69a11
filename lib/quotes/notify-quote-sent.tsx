import "server-only";
import { NoticeEmail } from "@/components/email/notice-email";
import type { Brand } from "../branding/brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { formatDate, formatMoney } from "../format/format";

/** The quote's email to the contact it is addressed to, queued in the sending transaction. */
export async function notifyQuoteSent({
  tx,
  organizationId,
  brand,
  to,
  quote,
}: {
  tx: TransactionClient;
  organizationId: string;
  brand: Brand;
  to: string;
  quote: { id: string; number: string; companyName: string; totalInclTaxCents: number; validUntil: Date };
}) {
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "quote-sent",
    to,
    subject: `Devis ${quote.number} à accepter`,
    body: (
      <NoticeEmail
        brand={brand}
        headline={`${brand.name} vous adresse le devis ${quote.number} pour ${quote.companyName}`}
        paragraphs={[
          `Montant : ${formatMoney(quote.totalInclTaxCents)} TTC. Ce devis est valable jusqu’au ${formatDate(quote.validUntil, "fr", "long")}.`,
          "Vous pouvez le lire, l’accepter en le signant électroniquement ou le refuser depuis votre extranet.",
        ]}
        action={{ href: `${brand.baseUrl}/devis/${quote.id}`, label: "Voir le devis" }}
      />
    ),
  });
}
