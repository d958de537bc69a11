import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueJob } from "../jobs/enqueue-job";
import { EVENT_PAYLOADS, type EventData, type EventType } from "./event-types";

/**
 * Records that `type` happened, inside the transaction of the change (`tx`): the event and the job that
 * hands it to its consumers exist if and only if the change commits. The payload is checked against
 * event-types.ts, so a consumer can trust its shape.
 */
export async function recordEvent<T extends EventType>(
  tx: TransactionClient,
  { organizationId, companyId = null, type, data }: { organizationId: string; companyId?: string | null; type: T; data: EventData<T> },
): Promise<{ id: string }> {
  const payload = EVENT_PAYLOADS[type].parse(data);
  const event = await tx.domainEvent.create({ data: { organizationId, companyId, type, payload }, select: { id: true } });
  await enqueueJob(tx, "dispatch-event", { eventId: event.id }, { key: `dispatch-event:${event.id}`, keyMode: "keep" });
  return event;
}
