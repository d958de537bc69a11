import "server-only";
import { createTranslator } from "next-intl";
import { NoticeEmail } from "@/components/email/notice-email";
import messages from "@/messages/fr/fundings.json";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { formatMoney } from "../format/format";
import type { FunderKind, FundingStatus, Opco } from "../generated/prisma/enums";
import { companyContactRecipients } from "../tenancy/company-contact-recipients";
import { funderOwnName } from "./funding-kinds";

const french = createTranslator({ locale: "fr", messages, namespace: "fundings" });

export interface FundingNotice {
  organizationId: string;
  companyId: string;
  change: "created" | "updated" | "deleted";
  action: { number: string; title: string };
  seatLabel: string | null;
  funding: {
    funderKind: FunderKind;
    opco: Opco | null;
    funderName: string | null;
    agreementNumber: string | null;
    amountCents: number;
    status: FundingStatus;
  };
}

/** Tells the company's contacts whose role opens funding (TRAINING, FINANCE, ADMIN) what changed, in the change's transaction. */
export async function notifyFunding(tx: TransactionClient, notice: FundingNotice): Promise<void> {
  const { organizationId, companyId, funding } = notice;
  const recipients = await companyContactRecipients({ db: tx, organizationId, companyId, section: "funding" });
  if (recipients.length === 0) return;
  const brand = await getBrand({ db: tx, organizationId, companyId });
  const training = `${notice.action.number} · ${notice.action.title}`;
  const headline = french(`email.${notice.change}`, { training });
  const paragraphs = [
    french("email.line", {
      funder: funderOwnName(funding) ?? french(`kinds.${funding.funderKind}`),
      amount: formatMoney(funding.amountCents),
      status: french(`status.${funding.status}`),
    }),
    ...(funding.agreementNumber ? [french("email.agreement", { number: funding.agreementNumber })] : []),
    ...(notice.seatLabel ? [french("email.seat", { name: notice.seatLabel })] : []),
  ];
  for (const { email } of recipients) {
    await enqueueEmail({
      db: tx,
      organizationId,
      template: `funding-${notice.change}`,
      to: email,
      subject: headline,
      body: (
        <NoticeEmail
          brand={brand}
          headline={headline}
          paragraphs={paragraphs}
          action={{ href: `${brand.baseUrl}/financements`, label: french("email.open") }}
        />
      ),
    });
  }
}
