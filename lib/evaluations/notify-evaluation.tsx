import "server-only";
import { NoticeEmail } from "@/components/email/notice-email";
import { newSecretToken } from "../accounts/secret-token";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { secretLink } from "../email/email-secrets";
import { enqueueEmail } from "../email/enqueue-email";
import type { EvaluationKind } from "../generated/prisma/enums";
import { featureEmailRecipients } from "../notifications/feature-email-recipients";
import { addDays, EVALUATION_SCHEDULE } from "./schedule-rules";

export interface SendToNotify {
  id: string;
  organizationId: string;
  companyId: string;
  kind: EvaluationKind;
  email: string | null;
  actionTitle: string;
  firstName: string | null;
}

const headline = (reminder: boolean, title: string) =>
  reminder ? `Rappel : votre avis sur « ${title} »` : `Votre avis sur la formation « ${title} »`;

/**
 * The participant's email: a fresh personal link (only its SHA-256 is stored; the reminder brings a new
 * one, and every link dies with the answer or after linkTtlDays).
 */
export async function notifyParticipant({
  tx,
  send,
  reminder,
  now,
}: {
  tx: TransactionClient;
  send: SendToNotify;
  reminder: boolean;
  now: Date;
}) {
  if (!send.email) return;
  const { token, tokenHash } = newSecretToken();
  const expiresAt = addDays(now, EVALUATION_SCHEDULE.linkTtlDays);
  await tx.evaluationLink.create({
    data: { organizationId: send.organizationId, companyId: send.companyId, sendId: send.id, tokenHash, expiresAt },
  });
  const brand = await getBrand({ db: tx, organizationId: send.organizationId, companyId: send.companyId });
  const title = headline(reminder, send.actionTitle);
  await enqueueEmail({
    db: tx,
    organizationId: send.organizationId,
    template: reminder ? "evaluation-reminder" : "evaluation-request",
    to: send.email,
    subject: title,
    secrets: { url: secretLink(`${brand.baseUrl}/questionnaire/${token}`, token) },
    body: (secrets) => (
      <NoticeEmail
        brand={brand}
        headline={title}
        paragraphs={[
          `Bonjour${send.firstName ? ` ${send.firstName}` : ""},`,
          send.kind === "COLD"
            ? "Quelques semaines après la formation, qu’en avez-vous retiré ? Le questionnaire prend deux minutes."
            : "Merci d’avoir suivi cette formation. Votre avis nous aide à l’améliorer : le questionnaire prend deux minutes.",
          `Ce lien personnel fonctionne une seule fois, jusqu’au ${expiresAt.toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" })}.`,
        ]}
        action={{ href: secrets.url, label: "Répondre au questionnaire" }}
      />
    ),
  });
}

/**
 * The company's contacts whose role opens evaluations and whose "evaluation to answer" choice is
 * "immediately" (featureEmailRecipients): the questionnaire waits in their extranet.
 */
export async function notifyCompanyContacts({ tx, send, reminder }: { tx: TransactionClient; send: SendToNotify; reminder: boolean }) {
  const recipients = await featureEmailRecipients({
    db: tx,
    organizationId: send.organizationId,
    companyId: send.companyId,
    kind: "EVALUATION_TO_ANSWER",
  });
  if (!recipients.length) return;
  const brand = await getBrand({ db: tx, organizationId: send.organizationId, companyId: send.companyId });
  const title = headline(reminder, send.actionTitle);
  for (const { email } of recipients) {
    await enqueueEmail({
      db: tx,
      organizationId: send.organizationId,
      template: reminder ? "evaluation-company-reminder" : "evaluation-company-request",
      to: email,
      subject: title,
      body: (
        <NoticeEmail
          brand={brand}
          headline={title}
          paragraphs={[
            "Vos collaborateurs ont suivi cette formation. Comment l’entreprise juge-t-elle ce qu’elle leur a apporté ?",
            "Le questionnaire vous attend dans votre extranet ; une seule réponse suffit pour l’entreprise.",
          ]}
          action={{ href: `${brand.baseUrl}/evaluations/${send.id}`, label: "Répondre dans l’extranet" }}
        />
      ),
    });
  }
}
