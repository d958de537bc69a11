import { createHmac, randomBytes } from "node:crypto";

// The Standard Webhooks scheme (standardwebhooks.com): the secret is "whsec_" + base64 of random bytes;
// the signature is "v1," + base64(HMAC-SHA256(secret bytes, "<id>.<timestamp>.<body>")).

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

export function signWebhook({ secret, id, timestamp, body }: { secret: string; id: string; timestamp: number; body: string }): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** The headers of one delivery attempt: the id stays the same on every retry and resend, so a receiver can drop duplicates. */
export function webhookHeaders({ secret, id, body, now = new Date() }: { secret: string; id: string; body: string; now?: Date }) {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "content-type": "application/json",
    "user-agent": "Passerelle-Webhooks/1",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook({ secret, id, timestamp, body }),
  };
}
