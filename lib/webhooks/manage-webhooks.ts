import "server-only";
import { notFound } from "next/navigation";
import { assertAdmin } from "../auth/assert-admin";
import type { StaffContext } from "../auth/require-staff";
import { seal } from "../crypto/sealed-box";
import { db } from "../db";
import type { EventType } from "../events/event-types";
import { enqueueWebhookDelivery } from "./enqueue-webhook-delivery";
import { WEBHOOK_SECRET_PURPOSE } from "./webhook-secret";
import { newWebhookSecret } from "./webhook-signature";

// An administrator's changes to the organisation's webhook endpoints; every id is looked up within the
// staff member's organisation, so another organisation's answers "not found".

const audit = (staff: StaffContext, action: string, targetType: string, targetId: string) => ({
  data: { organizationId: staff.organizationId, actorUserId: staff.user.id, action, targetType, targetId },
});

/** Registers an endpoint; the returned signing secret is shown once (it is kept sealed). */
export async function createWebhookEndpoint({
  staff,
  url,
  description,
  events,
}: {
  staff: StaffContext;
  url: string;
  description: string | null;
  events: EventType[];
}) {
  assertAdmin(staff);
  const secret = newWebhookSecret();
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        organizationId: staff.organizationId,
        url,
        description,
        events,
        sealedSecret: seal(secret, WEBHOOK_SECRET_PURPOSE),
        createdById: staff.user.id,
      },
      select: { id: true },
    });
    await tx.auditEvent.create(audit(staff, "webhook.created", "WebhookEndpoint", endpoint.id));
  });
  return secret;
}

export async function deleteWebhookEndpoint({ staff, endpointId }: { staff: StaffContext; endpointId: string }) {
  assertAdmin(staff);
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, organizationId: staff.organizationId } });
    if (count === 0) notFound();
    await tx.auditEvent.create(audit(staff, "webhook.deleted", "WebhookEndpoint", endpointId));
  });
}

/** Turns a disabled endpoint back on, its failure count back to zero (events recorded meanwhile were not queued for it). */
export async function enableWebhookEndpoint({ staff, endpointId }: { staff: StaffContext; endpointId: string }) {
  assertAdmin(staff);
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, organizationId: staff.organizationId },
      data: { disabledAt: null, consecutiveFailures: 0 },
    });
    if (count === 0) notFound();
    await tx.auditEvent.create(audit(staff, "webhook.enabled", "WebhookEndpoint", endpointId));
  });
}

/** "Renvoyer": the same delivery (same webhook-id, so a receiver can drop a duplicate) is queued again. */
export async function resendWebhookDelivery({ staff, deliveryId }: { staff: StaffContext; deliveryId: string }) {
  assertAdmin(staff);
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, organizationId: staff.organizationId, endpoint: { disabledAt: null } },
      data: { status: "PENDING" },
    });
    if (count === 0) notFound();
    await enqueueWebhookDelivery(tx, deliveryId);
    await tx.auditEvent.create(audit(staff, "webhook.resent", "WebhookDelivery", deliveryId));
  });
}
