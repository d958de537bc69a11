import type { DomainEvent } from "../generated/prisma/client";

/** What a receiver gets: the Standard Webhooks envelope around the event's payload. */
export function webhookBody(event: Pick<DomainEvent, "id" | "type" | "payload" | "createdAt">): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: { id: event.id, ...(event.payload as object) },
  });
}
