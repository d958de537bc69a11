/** The sealed-box purpose of endpoint signing secrets: sealed at rest, opened only to sign a delivery. */
export const WEBHOOK_SECRET_PURPOSE = "webhook-secret";
