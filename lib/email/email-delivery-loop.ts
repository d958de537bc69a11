import { getDb } from "../db/client";
import { deliverPendingEmails } from "./deliver-pending-emails";

const SWEEP_EVERY_MS = 15_000;

/** Retries due emails (backoff, or an instance that died before sending) for as long as the server runs. */
export function startEmailDeliveryLoop(): void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      await deliverPendingEmails({ db: getDb() });
    } catch (error) {
      console.error("[email] sweep failed", error);
    } finally {
      running = false;
    }
  };
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
