const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops scripts/test-database.ts, which drops its database, and waits until it is gone. */
export default async function integrationTeardown(): Promise<void> {
  const pid = Number(process.env.PASSERELLE_TEST_DATABASE_PID);
  if (!pid || !isRunning(pid)) return;
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isRunning(pid); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
}
