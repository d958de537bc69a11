import type { JobName } from "./job-payloads";

export interface ScheduledJob {
  job: JobName;
  /** Standard five-field cron, in UTC: minute hour day-of-month month day-of-week. */
  cron: string;
}

/** Recurring jobs. Each one runs once per tick across all instances (the queue records the last run). */
export const JOB_SCHEDULE: ScheduledJob[] = [
  { job: "requeue-pending-emails", cron: "*/5 * * * *" },
  { job: "plan-evaluations", cron: "17 * * * *" },
  { job: "notify-overdue-invoices", cron: "5 6 * * *" }, // 07:05 / 08:05 in Paris
  { job: "notify-participants-to-identify", cron: "10 6 * * *" },
  { job: "send-notification-digests", cron: "0 16 * * *" }, // the end of a French working day
];
