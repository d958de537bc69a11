import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { openPlaceholderSeatsWhere } from "./open-placeholder-seats-where";

/** How many seats the company must still name (the dashboard's "participants à identifier"). */
export function countPlaceholderSeats({ context, now = new Date() }: { context: ContactContext; now?: Date }): Promise<number> {
  return db.enrolment.count({ where: openPlaceholderSeatsWhere({ context, now }) });
}
