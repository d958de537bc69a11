// One process owns a persistent cluster: it holds `<dataDir>.lock`. A lock whose process is gone was
// left by a crash, and so may the server it started: that one is shut down before starting again.
import { rmSync } from "node:fs";
import { readFile, unlink, writeFile } from "node:fs/promises";

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  const release = () => rmSync(lockFile, { force: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: "wx" });
      process.once("exit", release);
      return async () => {
        process.off("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
      if (isRunning(holder)) {
        throw new Error(
          `${dataDir} is in use by process ${holder} (another npm start?): stop it first, or point DATABASE_URL at the server it runs.`,
        );
      }
      await unlink(lockFile).catch(() => {}); // left behind by a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

/**
 * A postmaster still running on `location` while nobody holds the lock was orphaned by a crash of its
 * owner (a kill -9, a closed terminal): shut it down (fast mode: committed data is safe) and wait.
 */
export async function stopOrphanedServer(location: string): Promise<void> {
  const pid = Number((await readFile(`${location}/postmaster.pid`, "utf8").catch(() => "")).split("\n")[0]);
  if (!isRunning(pid) || !(await isPostgres(pid))) return; // none, or a stale pid file PostgreSQL handles itself
  console.log(`▸ Stopping the PostgreSQL server (pid ${pid}) left running by a previous run that did not exit cleanly`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited === 15_000) process.kill(pid, "SIGQUIT");
    if (waited > 30_000) throw new Error(`PostgreSQL (pid ${pid}) on ${location} does not stop: stop it by hand.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function isPostgres(pid: number): Promise<boolean> {
  const commandLine = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return /(^|\/)postgres\0/.test(commandLine);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
