import "server-only";
import { createElement } from "react";
import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { formatMoney } from "../format/format";

/** To the contact who paid online: what each invoice received, with a link to the invoices. */
export async function notifyPaymentReceived({
  tx,
  organizationId,
  companyId,
  payerUserId,
  paid,
}: {
  tx: TransactionClient;
  organizationId: string;
  companyId: string;
  payerUserId: string;
  paid: { number: string; amountCents: number; settled: boolean }[];
}): Promise<void> {
  if (paid.length === 0) return;
  const payer = await tx.user.findFirst({ where: { id: payerUserId, organizationId, disabledAt: null }, select: { email: true } });
  if (!payer) return;
  const brand = await getBrand({ db: tx, organizationId, companyId });
  const total = paid.reduce((sum, invoice) => sum + invoice.amountCents, 0);
  const lines = paid.map(
    (invoice) =>
      `Facture ${invoice.number} : ${formatMoney(invoice.amountCents)}${invoice.settled ? " (soldée)" : " (reste un solde à régler)"}`,
  );
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "payment-received",
    to: payer.email,
    subject: `Paiement reçu : ${formatMoney(total)}`,
    body: createElement(NoticeEmail, {
      brand,
      headline: `Nous avons bien reçu votre paiement de ${formatMoney(total)}.`,
      paragraphs: [lines.join("\n")],
      action: { href: `${brand.baseUrl}/factures`, label: "Voir mes factures" },
    }),
  });
}
