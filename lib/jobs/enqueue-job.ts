import type { Database, TransactionClient } from "../db/create-prisma-client";
import { JOB_PAYLOADS, type JobName, type JobPayload } from "./job-payloads";

export interface EnqueueJobOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /**
   * Once per key: while a job with this key waits, queuing another one "replace"s it (new payload and
   * time, attempts reset), or is dropped ("keep"). A running job is never replaced: the new one waits.
   */
  key?: string;
  keyMode?: "replace" | "keep";
  /** Jobs of one named queue run one at a time, in order (a singleton worker for that name). */
  queue?: string;
  /** Attempts before it is given up (default 10); between them the queue waits e^attempt seconds (2.7 s … 6 h). */
  maxAttempts?: number;
  /** Lower runs first (default 0). */
  priority?: number;
}

const KEY_MODES = { replace: "replace", keep: "unsafe_dedupe" } as const;

/**
 * Queues a job on the PostgreSQL job queue (graphile-worker). Pass the transaction of the change that
 * needs it: the job then exists if and only if the change commits, and no instance sees it before.
 */
export async function enqueueJob<N extends JobName>(
  db: Database | TransactionClient,
  name: N,
  payload: JobPayload<N>,
  { runAt, key, keyMode = "replace", queue, maxAttempts = 10, priority = 0 }: EnqueueJobOptions = {},
): Promise<void> {
  const checked = JOB_PAYLOADS[name].parse(payload);
  await db.$executeRaw`SELECT graphile_worker.add_job(
    identifier => ${name}::text,
    payload => ${JSON.stringify(checked)}::json,
    queue_name => ${queue ?? null}::text,
    run_at => ${runAt ?? null}::timestamptz,
    max_attempts => ${maxAttempts}::int,
    job_key => ${key ?? null}::text,
    priority => ${priority}::int,
    job_key_mode => ${KEY_MODES[keyMode]}::text
  )`;
}
