import { isIP } from "node:net";

// The one rule for what a request says about itself. Behind a reverse proxy (TRUST_FORWARDED_HOST=1) the
// proxy's X-Forwarded-Host, X-Forwarded-Proto and X-Forwarded-For are believed; otherwise none of them
// is, since any client can send them. proxy.ts applies it once and pins the results for the app.

export const trustsProxy = () => process.env.TRUST_FORWARDED_HOST === "1";

/** Proxies between the client and the app (TRUSTED_PROXY_HOPS, default 1: a load balancer or nginx). */
function proxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 && hops <= 5 ? hops : 1;
}

/**
 * The client's address, or null when it cannot be known. Each trusted proxy appends the address it saw
 * to X-Forwarded-For, so the entry `hops` from the end is the client as the outermost proxy saw it;
 * anything before it was written by the client and is ignored. Without a trusted proxy there is no
 * address at all (Next does not expose the socket's), rather than one the client picked.
 */
export function clientIp(headers: Headers): string | null {
  if (!trustsProxy()) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries.at(-proxyHops());
  return address && isIP(address) ? address : null;
}

/** The Host the client asked for (the proxy's X-Forwarded-Host when trusted), raw: validate it before use. */
export function requestHost(headers: Headers): string | null {
  const forwarded = trustsProxy() ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : null;
  return forwarded || headers.get("host");
}

/** "https" or "http": the proxy's X-Forwarded-Proto when trusted and sensible, else how this server was reached. */
export function requestProtocol(headers: Headers, ownProtocol: string): "http" | "https" {
  const forwarded = trustsProxy() ? headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() : null;
  if (forwarded === "https" || forwarded === "http") return forwarded;
  return ownProtocol.replace(/:$/, "") === "https" ? "https" : "http";
}
