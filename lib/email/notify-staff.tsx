import "server-only";
import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { staffRecipients } from "../shared-files/staff-recipients";
import { enqueueEmail } from "./enqueue-email";

/** A notice to the organisation's staff (its contact address, else its administrators), queued in the caller's transaction. */
export async function notifyStaff({
  tx,
  organizationId,
  template,
  subject,
  headline,
  paragraphs,
  action,
}: {
  tx: TransactionClient;
  organizationId: string;
  template: string;
  subject: string;
  headline: string;
  paragraphs: string[];
  /** A link into /admin; the path is made absolute on the organisation's primary host. */
  action: { path: string; label: string };
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId });
  for (const to of await staffRecipients({ db: tx, organizationId })) {
    await enqueueEmail({
      db: tx,
      organizationId,
      template,
      to,
      subject,
      body: (
        <NoticeEmail
          brand={brand}
          headline={headline}
          paragraphs={paragraphs}
          action={{ href: `${brand.baseUrl}${action.path}`, label: action.label }}
        />
      ),
    });
  }
}
