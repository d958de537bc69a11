import { unseal } from "../crypto/sealed-box";
import { db } from "../db";
import type { JobContext } from "../jobs/job-handlers";
import { notifyWebhookDisabled } from "./notify-webhook-disabled";
import { webhookBody } from "./webhook-body";
import { WEBHOOK_DISABLE_AFTER_FAILURES, WEBHOOK_TIMEOUT_MS } from "./webhook-limits";
import { webhookHeaders } from "./webhook-signature";
import { WEBHOOK_SECRET_PURPOSE } from "./webhook-secret";

/**
 * The "deliver-webhook" job: POSTs one event to one endpoint, signed, and records the answer on the
 * delivery row. A delivery has one job at a time (keyed by its id) and a delivered one is never sent
 * again by the queue; a failed attempt is thrown for the queue to retry with backoff. Every failure
 * counts against the endpoint; at WEBHOOK_DISABLE_AFTER_FAILURES in a row it is disabled and its
 * organisation's admins are told.
 */
export async function deliverWebhook({ deliveryId }: { deliveryId: string }, { attempt, maxAttempts, signal }: JobContext): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      status: true,
      organizationId: true,
      endpoint: { select: { id: true, url: true, sealedSecret: true, disabledAt: true } },
      event: { select: { id: true, type: true, payload: true, createdAt: true } },
    },
  });
  if (!delivery || delivery.status !== "PENDING") return;
  if (delivery.endpoint.disabledAt) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", lastError: "endpoint disabled" } });
    return;
  }
  const body = webhookBody(delivery.event);
  const headers = webhookHeaders({ secret: unseal(delivery.endpoint.sealedSecret, WEBHOOK_SECRET_PURPOSE), id: delivery.event.id, body });
  let responseStatus: number | null = null;
  let failure: string | null = null;
  try {
    const response = await fetch(delivery.endpoint.url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.any([signal, AbortSignal.timeout(WEBHOOK_TIMEOUT_MS)]),
    });
    responseStatus = response.status;
    await response.body?.cancel();
    if (response.status < 200 || response.status > 299) failure = `HTTP ${response.status}`;
  } catch (error) {
    failure = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  }
  const now = new Date();
  if (!failure) {
    await db.$transaction([
      db.webhookDelivery.update({
        where: { id: delivery.id },
        data: { status: "SUCCEEDED", attempts: { increment: 1 }, responseStatus, lastError: null, lastAttemptAt: now, deliveredAt: now },
      }),
      db.webhookEndpoint.update({ where: { id: delivery.endpoint.id }, data: { consecutiveFailures: 0 } }),
    ]);
    return;
  }
  const final = attempt >= maxAttempts;
  const disabled = await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: delivery.endpoint.id },
      data: { consecutiveFailures: { increment: 1 } },
      select: { id: true, url: true, organizationId: true, consecutiveFailures: true, disabledAt: true },
    });
    const disabling = !endpoint.disabledAt && endpoint.consecutiveFailures >= WEBHOOK_DISABLE_AFTER_FAILURES;
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: { increment: 1 },
        responseStatus,
        lastError: failure.slice(0, 500),
        lastAttemptAt: now,
        ...((final || disabling) && { status: "FAILED" }),
      },
    });
    if (!disabling) return false;
    await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { disabledAt: now } });
    await notifyWebhookDisabled({ tx, endpoint });
    return true;
  });
  if (!final && !disabled) throw new Error(`webhook delivery ${delivery.id}: ${failure}`);
}
