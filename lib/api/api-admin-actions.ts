"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "../actions/action-state";
import { staffAction } from "../actions/define-action";
import { EVENT_TYPES } from "../events/event-types";
import { idParam } from "../http/request-params";
import { createWebhookEndpoint, deleteWebhookEndpoint, enableWebhookEndpoint, resendWebhookDelivery } from "../webhooks/manage-webhooks";
import { API_SCOPES } from "./api-scopes";
import { createApiToken, revokeApiToken } from "./manage-api-tokens";

// The forms of /admin/api. A checkbox per scope ("scope:companies:read") and per event ("event:ticket.created").

const checked = (names: readonly string[], prefix: string) =>
  Object.fromEntries(names.map((name) => [`${prefix}${name}`, z.literal("on").optional()]));
const picked = <T extends string>(input: Record<string, unknown>, names: readonly T[], prefix: string) =>
  names.filter((name) => input[`${prefix}${name}`] === "on");
const done = () => revalidatePath("/admin/api");

const tokenSchema = z.object({ name: z.string().trim().min(1, "required").max(100, "too_long"), ...checked(API_SCOPES, "scope:") });

export const createApiTokenAction = staffAction(tokenSchema, async (input, staff): Promise<string | ActionState<string>> => {
  const scopes = picked(input, API_SCOPES, "scope:");
  if (scopes.length === 0) return { status: "error", fieldErrors: { scopes: ["no_scope"] } };
  const token = await createApiToken({ staff, name: input.name, scopes });
  done();
  return token;
});

export const revokeApiTokenAction = staffAction(z.object({ tokenId: idParam }), async ({ tokenId }, staff) => {
  await revokeApiToken({ staff, tokenId });
  done();
  return "token_revoked";
});

const webhookUrl = z
  .string()
  .trim()
  .max(500, "too_long")
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "invalid_url");

const webhookSchema = z.object({
  url: webhookUrl,
  description: z.string().trim().max(200, "too_long").optional(),
  ...checked(EVENT_TYPES, "event:"),
});

export const createWebhookAction = staffAction(webhookSchema, async (input, staff): Promise<string | ActionState<string>> => {
  const events = picked(input, EVENT_TYPES, "event:");
  if (events.length === 0) return { status: "error", fieldErrors: { events: ["no_event"] } };
  const secret = await createWebhookEndpoint({ staff, url: input.url, description: input.description || null, events });
  done();
  return secret;
});

const endpointSchema = z.object({ endpointId: idParam });

export const deleteWebhookAction = staffAction(endpointSchema, async ({ endpointId }, staff) => {
  await deleteWebhookEndpoint({ staff, endpointId });
  done();
  return "saved";
});

export const enableWebhookAction = staffAction(endpointSchema, async ({ endpointId }, staff) => {
  await enableWebhookEndpoint({ staff, endpointId });
  done();
  return "saved";
});

export const resendDeliveryAction = staffAction(z.object({ deliveryId: idParam }), async ({ deliveryId }, staff) => {
  await resendWebhookDelivery({ staff, deliveryId });
  done();
  return "delivery_requeued";
});
