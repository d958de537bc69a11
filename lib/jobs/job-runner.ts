import { Logger, parseCronItems, run, type Runner, type Task, type TaskList } from "graphile-worker";
import { JOB_HANDLERS, type JobHandler } from "./job-handlers";
import { JOB_PAYLOADS, type JobName } from "./job-payloads";
import { JOB_SCHEDULE } from "./job-schedule";

export interface JobRunnerOptions {
  connectionString: string;
  /** Jobs run at once by this instance. */
  concurrency?: number;
}

export interface JobRunner {
  /** Stops taking jobs and waits for the running ones (up to 5 s, then they are released for a retry). */
  stop(): Promise<void>;
}

// Only problems, one line each: a failed attempt's details are kept by the job's own record (the outbox).
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[jobs] ${message.split("\n")[0]}`);
});

/**
 * The workers of this instance. Every instance runs one: a job is locked by one worker (SKIP LOCKED), new
 * jobs wake the workers through LISTEN/NOTIFY, and the cron items run once per tick across instances.
 */
export async function startJobRunner({ connectionString, concurrency = 4 }: JobRunnerOptions): Promise<JobRunner> {
  const runner: Runner = await run({
    connectionString,
    maxPoolSize: concurrency + 2,
    concurrency,
    noHandleSignals: true, // instrumentation.ts stops it, before Next closes the server
    pollInterval: 2_000,
    logger,
    taskList: taskList(),
    parsedCronItems: parseCronItems(
      JOB_SCHEDULE.map(({ job, cron }) => ({ task: job, match: cron, options: { backfillPeriod: 0, maxAttempts: 1 } })),
    ),
  });
  return { stop: () => runner.stop() };
}

function taskList(): TaskList {
  const tasks: TaskList = {};
  for (const name of Object.keys(JOB_HANDLERS) as JobName[]) tasks[name] = task(name, JOB_HANDLERS[name] as JobHandler<typeof name>);
  return tasks;
}

function task<N extends JobName>(name: N, handler: JobHandler<N>): Task {
  return async (payload, helpers) => {
    const parsed = JOB_PAYLOADS[name].safeParse(payload);
    if (!parsed.success) {
      // A payload no handler can read is a bug, not an outage: retrying cannot help.
      console.error(`[jobs] dropped ${name} #${helpers.job.id}: invalid payload`, parsed.error.issues);
      return;
    }
    await handler(parsed.data as Parameters<JobHandler<N>>[0], {
      attempt: helpers.job.attempts,
      maxAttempts: helpers.job.max_attempts,
      signal: helpers.abortSignal ?? new AbortController().signal,
    });
  };
}
