// PostgreSQL refuses to run as root, and these machines run everything as root: the server then runs
// as the `postgres` user (created when missing), which must own the data folder and reach it.
import { execFileSync } from "node:child_process";
import { chown, stat } from "node:fs/promises";
import path from "node:path";

export interface RunAs {
  uid: number;
  gid: number;
}

/** Who the server runs as: the current user, or `postgres` when this process is root. */
export function serverUser(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  const ids = () => ({ uid: Number(id("-u")), gid: Number(id("-g")) });
  try {
    return ids();
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    return ids();
  }
}

function id(flag: string): string {
  return execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

export async function giveTo(runAs: RunAs | null, ...paths: string[]): Promise<void> {
  if (runAs) for (const entry of paths) await chown(entry, runAs.uid, runAs.gid);
}

/** Whether `runAs` can walk down to `dir` (a checkout under /root, mode 700, is out of its reach). */
export async function canReach(runAs: RunAs | null, dir: string): Promise<boolean> {
  if (!runAs) return true;
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode, uid, gid } = await stat(current);
    const searchable = uid === runAs.uid ? mode & 0o100 : gid === runAs.gid ? mode & 0o010 : mode & 0o001;
    if (!searchable) return false;
    if (current === path.dirname(current)) return true;
  }
}
