import "server-only";
import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { staffRecipients } from "../shared-files/staff-recipients";

/** What a company's administrator did to its accesses, as the organisation reads it. */
export interface TeamChange {
  organizationId: string;
  companyId: string;
  companyName: string;
  /** Who did it (the company's administrator). */
  actorName: string;
  headline: string;
  paragraphs: string[];
  /** Where staff follow up in /admin. */
  adminPath: string;
}

/** To the organisation (its address, else its administrators): every change a company makes to its own accesses. */
export async function notifyTeamChange({ tx, change }: { tx: TransactionClient; change: TeamChange }) {
  const brand = await getBrand({ db: tx, organizationId: change.organizationId });
  for (const to of await staffRecipients({ db: tx, organizationId: change.organizationId })) {
    await enqueueEmail({
      db: tx,
      organizationId: change.organizationId,
      template: "team-change",
      to,
      subject: `${change.companyName} : ${change.headline}`,
      body: (
        <NoticeEmail
          brand={brand}
          headline={`${change.companyName} : ${change.headline}`}
          paragraphs={[...change.paragraphs, `Par ${change.actorName}, administrateur de l’entreprise sur l’extranet.`]}
          action={{ href: `${brand.baseUrl}${change.adminPath}`, label: "Ouvrir dans l’administration" }}
        />
      ),
    });
  }
}
