import { db } from "../db";
import { notificationsFromEvent } from "../notifications/notifications-from-event";
import { queueWebhookDeliveries } from "../webhooks/queue-webhook-deliveries";

/** The consumers of every domain event, each given the event's row; each must be safe to run twice (a retried job). */
const CONSUMERS = [queueWebhookDeliveries, notificationsFromEvent];

/** Job "dispatch-event": hands one recorded event to each consumer. */
export async function dispatchEvent({ eventId }: { eventId: string }): Promise<void> {
  const event = await db.domainEvent.findUnique({ where: { id: eventId } });
  if (!event) return; // its organisation was deleted meanwhile
  for (const consume of CONSUMERS) await consume(event);
}
