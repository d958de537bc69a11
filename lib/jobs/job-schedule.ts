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
];
