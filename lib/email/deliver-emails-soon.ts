import "server-only";
import { after } from "next/server";
import { getDb } from "../db/client";
import { deliverPendingEmails } from "./deliver-pending-emails";

/** Call from an action that enqueued emails: they leave right after the response, not at the next sweep. */
export function deliverEmailsSoon(): void {
  after(() =>
    deliverPendingEmails({ db: getDb() }).then(
      () => undefined,
      (error: unknown) => console.error("[email] delivery failed", error),
    ),
  );
}
