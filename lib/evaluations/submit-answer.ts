import { invalidateOrganizationData } from "../cache/organization-data-cache";
import type { TransactionClient } from "../db/create-prisma-client";
import { recordEvent } from "../events/record-event";
import type { AnswerValues } from "./questions";

/**
 * Stores the one answer of a send. The send is claimed by a conditional update (no answer yet, not
 * cancelled) in the same transaction, so a second submission — a double click, two contacts at once,
 * a used link — is refused ("already_answered") and no reminder goes after it. The answer is an
 * "evaluation.answered" event for the webhooks, and the catalogue's satisfaction rates are read again.
 */
export async function submitAnswer({
  tx,
  send,
  values,
  userId,
  now = new Date(),
}: {
  tx: TransactionClient;
  send: { sendId: string; organizationId: string; companyId: string };
  values: AnswerValues;
  userId: string | null;
  now?: Date;
}): Promise<{ status: "answered" } | { status: "already_answered" }> {
  const claimed = await tx.evaluationSend.updateMany({
    where: { id: send.sendId, organizationId: send.organizationId, companyId: send.companyId, answeredAt: null, cancelledAt: null },
    data: { answeredAt: now },
  });
  if (claimed.count === 0) return { status: "already_answered" };
  const answer = await tx.evaluationAnswer.create({
    data: { organizationId: send.organizationId, companyId: send.companyId, sendId: send.sendId, values, answeredByUserId: userId },
    select: { id: true, send: { select: { actionId: true, enrolment: { select: { participantId: true } } } } },
  });
  await tx.auditEvent.create({
    data: {
      organizationId: send.organizationId,
      companyId: send.companyId,
      actorUserId: userId,
      action: "evaluation.answered",
      targetType: "EvaluationSend",
      targetId: send.sendId,
    },
  });
  await recordEvent(tx, {
    organizationId: send.organizationId,
    companyId: send.companyId,
    type: "evaluation.answered",
    data: {
      evaluationId: send.sendId,
      responseId: answer.id,
      companyId: send.companyId,
      actionId: answer.send.actionId,
      participantId: answer.send.enrolment?.participantId ?? null,
    },
  });
  await invalidateOrganizationData(send.organizationId, tx);
  return { status: "answered" };
}
