// CPU time a process has spent so far (user + system, its own and its waited-for children's), from
// /proc/<pid>/stat: unlike latencies, a page's CPU per request hardly moves when other work shares the cores.
import { readFileSync } from "node:fs";

/** Linux's USER_HZ: /proc counts CPU time in 1/100 s on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

export function cpuMilliseconds(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces: utime is the 14th field.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return ((utime + stime + cutime + cstime) * 1000) / TICKS_PER_SECOND;
}
