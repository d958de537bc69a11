import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import { notifyStaff } from "../email/notify-staff";

/** Tells the organisation's staff who takes a placeholder seat ("Participant 1" → a name). */
export function notifyPlaceholderFilled({
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
  return notifyStaff({
    tx,
    organizationId,
    template: "placeholder-filled",
    subject: `${companyName} a identifié un participant (${seat.action.number})`,
    headline: `${companyName} a identifié « ${seat.placeholderLabel} »`,
    paragraphs: [`Action : ${seat.action.number} · ${seat.action.title}`, `Participant : ${participantName}`],
    action: { path: "/admin/formations", label: "Voir les formations" },
  });
}
