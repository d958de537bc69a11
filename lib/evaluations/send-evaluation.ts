import { db } from "../db";
import { recordEvent } from "../events/record-event";
import { enqueueJob } from "../jobs/enqueue-job";
import { notifyCompanyContacts, notifyParticipant } from "./notify-evaluation";
import { addDays, EVALUATION_SCHEDULE } from "./schedule-rules";

/**
 * The "send-evaluation" job: step 0 is the first email, step n the n-th reminder. Each step claims the
 * send with a conditional update in the transaction that queues its email — no answer, not cancelled,
 * the previous step done and this one not — so two workers, a retry or a duplicate job send it once;
 * an answer stops what is left. A seat cancelled since the send was planned cancels the send.
 */
export async function sendEvaluation({ sendId, step }: { sendId: string; step: number }, { now = new Date() }: { now?: Date } = {}) {
  await db.$transaction(async (tx) => {
    const open = { id: sendId, answeredAt: null, cancelledAt: null };
    const claimed =
      step === 0
        ? await tx.evaluationSend.updateMany({ where: { ...open, sentAt: null }, data: { sentAt: now } })
        : await tx.evaluationSend.updateMany({
            where: { ...open, sentAt: { not: null }, remindersSent: step - 1 },
            data: { remindersSent: step, lastRemindedAt: now },
          });
    if (claimed.count === 0) return;
    const send = await tx.evaluationSend.findUniqueOrThrow({
      where: { id: sendId },
      select: {
        id: true,
        organizationId: true,
        companyId: true,
        kind: true,
        actionId: true,
        email: true,
        sentAt: true,
        action: { select: { title: true, status: true } },
        enrolment: { select: { status: true, participant: { select: { firstName: true } } } },
      },
    });
    if (send.action.status === "CANCELLED" || send.enrolment?.status === "CANCELLED") {
      await tx.evaluationSend.update({ where: { id: sendId }, data: { cancelledAt: now } });
      return;
    }
    const toNotify = { ...send, actionTitle: send.action.title, firstName: send.enrolment?.participant?.firstName ?? null };
    if (send.kind !== "COMPANY") await notifyParticipant({ tx, send: toNotify, reminder: step > 0, now });
    else {
      await notifyCompanyContacts({ tx, send: toNotify, reminder: step > 0 });
      if (step === 0)
        await recordEvent(tx, {
          organizationId: send.organizationId,
          companyId: send.companyId,
          type: "evaluation.requested",
          data: { evaluationId: send.id, companyId: send.companyId, actionId: send.actionId },
        });
    }
    const nextDays = EVALUATION_SCHEDULE.reminderDays[step];
    if (nextDays !== undefined) {
      await enqueueJob(
        tx,
        "send-evaluation",
        { sendId, step: step + 1 },
        { key: `evaluation:${sendId}:${step + 1}`, keyMode: "keep", runAt: addDays(send.sentAt!, nextDays) },
      );
    }
  });
}
