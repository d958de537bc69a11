import { deliverEmail } from "../email/deliver-email";
import { requeuePendingEmails } from "../email/requeue-pending-emails";
import { dispatchEvent } from "../events/dispatch-event";
import { notifyOverdueInvoices } from "../notifications/notify-overdue-invoices";
import { notifyParticipantsToIdentify } from "../notifications/notify-participants-to-identify";
import { sendNotificationDigests } from "../notifications/send-notification-digests";
import { deliverWebhook } from "../webhooks/deliver-webhook";
import { planEvaluations } from "../evaluations/plan-evaluations";
import { sendEvaluation } from "../evaluations/send-evaluation";
import type { JobName, JobPayload } from "./job-payloads";

export interface JobContext {
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  /** Aborted when the instance shuts down (the job is then retried elsewhere). */
  signal: AbortSignal;
}

/** Throw to fail the attempt: the queue retries with backoff until maxAttempts. */
export type JobHandler<N extends JobName> = (payload: JobPayload<N>, context: JobContext) => Promise<void>;

export const JOB_HANDLERS: { [N in JobName]: JobHandler<N> } = {
  "deliver-email": deliverEmail,
  "requeue-pending-emails": requeuePendingEmails,
  "dispatch-event": dispatchEvent,
  "deliver-webhook": deliverWebhook,
  "plan-evaluations": async (payload) => void (await planEvaluations(payload)),
  "send-evaluation": (payload) => sendEvaluation(payload),
  "notify-overdue-invoices": async (payload) => void (await notifyOverdueInvoices(payload)),
  "notify-participants-to-identify": async (payload) => void (await notifyParticipantsToIdentify(payload)),
  "send-notification-digests": async (payload) => void (await sendNotificationDigests(payload)),
};
