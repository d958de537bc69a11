import { databaseUrl } from "../db/database-url";
import { startJobRunner, type JobRunner } from "../jobs/job-runner";
import { startEventListener, type EventListener } from "../pubsub/event-listener";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

/**
 * Starts this instance's job workers and pub/sub listener, and stops them on SIGTERM/SIGINT before
 * Next's own handler closes the HTTP server (which drains the requests under way, then exits): running
 * jobs finish or are handed back to the queue, and nothing is left locked by a dead instance.
 */
export async function startBackgroundWork(): Promise<void> {
  const url = databaseUrl();
  const listener: EventListener = startEventListener(url);
  let jobs: JobRunner | null = null;
  try {
    jobs = await startJobRunner({ connectionString: url });
  } catch (error) {
    // The database may be down at start: the app serves its 503 page, and the workers start once it is back.
    console.error("[jobs] could not start the workers; retrying", error);
    void retryUntilStarted(url).then((runner) => (jobs = runner));
  }
  let stopping: Promise<unknown> | undefined;
  runBeforeNextShutdown(() => (stopping ??= Promise.allSettled([jobs?.stop(), listener.stop()])));
}

async function retryUntilStarted(connectionString: string): Promise<JobRunner> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    try {
      return await startJobRunner({ connectionString });
    } catch {
      // still down
    }
  }
}

/** Next registers its signal handlers before running instrumentation: ours run first, then hand over. */
function runBeforeNextShutdown(stop: () => Promise<unknown>): void {
  for (const signal of SIGNALS) {
    const nextHandlers = process.listeners(signal);
    process.removeAllListeners(signal);
    process.once(signal, async () => {
      await stop().catch((error: unknown) => console.error("[shutdown]", error));
      if (nextHandlers.length === 0) process.exit(128 + (signal === "SIGTERM" ? 15 : 2));
      for (const handler of nextHandlers) (handler as NodeJS.SignalsListener)(signal);
    });
  }
}
