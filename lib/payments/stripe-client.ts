import "server-only";
import Stripe from "stripe";

/**
 * The Stripe SDK as the environment configures it (STRIPE_SECRET_KEY; STRIPE_API_BASE points it elsewhere,
 * e.g. the tests' stand-in on loopback), or null when online payment is not configured: then the
 * "Payer en ligne" button does not show. Built per call, never at module scope.
 */
export function stripeClient(): Stripe | null {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) return null;
  const base = process.env.STRIPE_API_BASE ? new URL(process.env.STRIPE_API_BASE) : null;
  return new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    telemetry: false,
    ...(base ? { host: base.hostname, port: base.port || undefined, protocol: base.protocol === "http:" ? "http" : "https" } : {}),
  });
}

export const onlinePaymentsEnabled = () => Boolean(process.env.STRIPE_SECRET_KEY);
