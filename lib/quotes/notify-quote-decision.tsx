import "server-only";
import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { formatMoney } from "../format/format";

interface DecidedQuote {
  id: string;
  organizationId: string;
  companyId: string;
  number: string;
  totalInclTaxCents: number;
  createdByUserId: string | null;
  company: { name: string };
}

/** Who hears of a contact's answer: the staff member who sent the quote, else the organisation's address. */
async function staffRecipients(tx: TransactionClient, quote: DecidedQuote): Promise<string[]> {
  const [creator, organization] = await Promise.all([
    quote.createdByUserId
      ? tx.user.findFirst({
          where: { id: quote.createdByUserId, organizationId: quote.organizationId, disabledAt: null },
          select: { email: true },
        })
      : null,
    tx.organization.findUniqueOrThrow({ where: { id: quote.organizationId }, select: { email: true } }),
  ]);
  return [...new Set([creator?.email, organization.email].filter((email): email is string => Boolean(email)))];
}

/**
 * The emails of a contact's answer, queued in its transaction: an acceptance goes to both sides (the
 * signer's confirmation and the staff's notice), a refusal, with its reason, to the staff.
 */
export async function notifyQuoteDecision({
  tx,
  quote,
  decision,
  signerEmail,
  signerName,
  reason,
}: {
  tx: TransactionClient;
  quote: DecidedQuote;
  decision: "accepted" | "declined";
  signerEmail: string;
  signerName: string;
  reason?: string;
}) {
  const brand = await getBrand({ db: tx, organizationId: quote.organizationId, companyId: quote.companyId });
  const amount = `${formatMoney(quote.totalInclTaxCents)} TTC`;
  const headline =
    decision === "accepted"
      ? `${signerName} (${quote.company.name}) a accepté le devis ${quote.number}`
      : `${signerName} (${quote.company.name}) a refusé le devis ${quote.number}`;
  for (const to of await staffRecipients(tx, quote)) {
    await enqueueEmail({
      db: tx,
      organizationId: quote.organizationId,
      template: `quote-${decision}`,
      to,
      subject: decision === "accepted" ? `Devis ${quote.number} accepté` : `Devis ${quote.number} refusé`,
      body: (
        <NoticeEmail
          brand={brand}
          headline={headline}
          paragraphs={[`Montant : ${amount}.`, ...(reason ? [`Motif : ${reason}`] : [])]}
          action={{ href: `${brand.baseUrl}/admin/devis/${quote.id}`, label: "Ouvrir le devis" }}
        />
      ),
    });
  }
  if (decision === "accepted")
    await enqueueEmail({
      db: tx,
      organizationId: quote.organizationId,
      template: "quote-accepted-confirmation",
      to: signerEmail,
      subject: `Votre accord sur le devis ${quote.number}`,
      body: (
        <NoticeEmail
          brand={brand}
          headline={`Vous avez accepté le devis ${quote.number} (${amount})`}
          paragraphs={[`${brand.name} a reçu votre signature et revient vers vous pour organiser la formation.`]}
          action={{ href: `${brand.baseUrl}/devis/${quote.id}`, label: "Voir le devis signé" }}
        />
      ),
    });
}
