import type { Database } from "../db/create-prisma-client";
import { EMAIL_TRIGGER_LIMITS, EMAIL_TRIGGER_WINDOW_MS, type EmailTrigger } from "./limits";
import { consumeRateLimits } from "./rate-limit";

/**
 * Counts one email `trigger` about to be sent to `recipient` and says whether it may go: within its
 * limits per recipient, per client address (when known) and per organisation. Call it before the work.
 */
export async function mayTriggerEmail({
  db,
  trigger,
  organizationId,
  recipient,
  ip,
  now = new Date(),
}: {
  db: Database;
  trigger: EmailTrigger;
  organizationId: string;
  recipient: string;
  ip: string | null;
  now?: Date;
}): Promise<boolean> {
  const limits = EMAIL_TRIGGER_LIMITS[trigger];
  const limit = (scope: string, count: number) => ({ name: `email/${trigger}/${scope}`, limit: count, windowMs: EMAIL_TRIGGER_WINDOW_MS });
  const { allowed } = await consumeRateLimits({
    db,
    now,
    limits: [
      { limit: limit("recipient", limits.perRecipient), subject: `${organizationId}:${recipient.trim().toLowerCase()}` },
      { limit: limit("organization", limits.perOrganization), subject: organizationId },
      ...(ip ? [{ limit: limit("address", limits.perAddress), subject: ip }] : []),
    ],
  });
  return allowed;
}
