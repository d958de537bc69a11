import { db } from "../db";
import type { DomainEvent } from "../generated/prisma/client";
import { enqueueWebhookDelivery } from "./enqueue-webhook-delivery";

/**
 * The webhook consumer of domain events: one delivery row per enabled endpoint subscribed to the event's
 * type (unique per event and endpoint, so a second run of this adds none), each with its job. An endpoint
 * gets the events that happened after it was added, never a backlog from before it existed.
 */
export async function queueWebhookDeliveries(event: Pick<DomainEvent, "id" | "organizationId" | "type" | "createdAt">): Promise<void> {
  await db.$transaction(async (tx) => {
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { organizationId: event.organizationId, disabledAt: null, events: { has: event.type }, createdAt: { lte: event.createdAt } },
      select: { id: true },
    });
    if (endpoints.length === 0) return;
    const created = await tx.webhookDelivery.createManyAndReturn({
      data: endpoints.map((endpoint) => ({ organizationId: event.organizationId, endpointId: endpoint.id, eventId: event.id })),
      skipDuplicates: true,
      select: { id: true },
    });
    for (const delivery of created) await enqueueWebhookDelivery(tx, delivery.id);
  });
}
