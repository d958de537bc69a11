import "server-only";
import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { staffRecipients } from "../shared-files/staff-recipients";

/** Tells the organisation's staff who takes a placeholder seat ("Participant 1" → a name). */
export async function notifyPlaceholderFilled({
  tx,
  organizationId,
  companyName,
  seat,
  participantName,
}: {
  tx: TransactionClient;
  organizationId: string;
  companyName: string;
  seat: { placeholderLabel: string | null; action: { number: string; title: string } };
  participantName: string;
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId });
  for (const to of await staffRecipients({ db: tx, organizationId })) {
    await enqueueEmail({
      db: tx,
      organizationId,
      template: "placeholder-filled",
      to,
      subject: `${companyName} a identifié un participant (${seat.action.number})`,
      body: (
        <NoticeEmail
          brand={brand}
          headline={`${companyName} a identifié « ${seat.placeholderLabel} »`}
          paragraphs={[`Action : ${seat.action.number} · ${seat.action.title}`, `Participant : ${participantName}`]}
          action={{ href: `${brand.baseUrl}/admin/formations`, label: "Voir les formations" }}
        />
      ),
    });
  }
}
