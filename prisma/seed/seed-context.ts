import { parisDate } from "./calendar";
import type { DemoRows } from "./demo-rows";

export interface SeedContext {
  /** The instant the demo is built around: past, in progress and upcoming are relative to it. */
  now: Date;
  /** The Paris calendar date of `now`. */
  today: Date;
  /** The bcrypt hash of DEMO_PASSWORD, computed once. */
  passwordHash: string;
  rows: DemoRows;
}

export function createSeedContext(now: Date, passwordHash: string, rows: DemoRows): SeedContext {
  return { now, today: parisDate(now), passwordHash, rows };
}
