import { z } from "zod";

/**
 * Every background job: its name and the payload it takes, checked when it is queued and when it runs.
 * A new job adds its line here and its handler in job-handlers.ts (the compiler asks for it).
 */
export const JOB_PAYLOADS = {
  /** Sends one email of the outbox (lib/email/deliver-email.ts). */
  "deliver-email": z.object({ outboxId: z.string().min(1).max(40) }),
  /** Queues a delivery for any pending email that has none (cron; see job-schedule.ts). */
  "requeue-pending-emails": z.object({}),
  /** Hands one domain event to its consumers (lib/events/dispatch-event.ts). */
  "dispatch-event": z.object({ eventId: z.string().min(1).max(40) }),
  /** Sends one event to one webhook endpoint (lib/webhooks/deliver-webhook.ts). */
  "deliver-webhook": z.object({ deliveryId: z.string().min(1).max(40) }),
  /** Writes the questionnaires that are due and queues their first email (cron; lib/evaluations/plan-evaluations.ts). */
  "plan-evaluations": z.object({}),
  /** A questionnaire's first email (step 0) or its n-th reminder (lib/evaluations/send-evaluation.ts). */
  "send-evaluation": z.object({ sendId: z.string().min(1).max(40), step: z.number().int().min(0).max(5) }),
  /** Notifies the contacts of the invoices just overdue (cron; lib/notifications/notify-overdue-invoices.ts). */
  "notify-overdue-invoices": z.object({}),
  /** Notifies the companies with unnamed seats in an action starting soon (cron; lib/notifications/notify-participants-to-identify.ts). */
  "notify-participants-to-identify": z.object({}),
  /** Emails each contact's daily digest of notifications (cron; lib/notifications/send-notification-digests.ts). */
  "send-notification-digests": z.object({}),
};

export type JobName = keyof typeof JOB_PAYLOADS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;
