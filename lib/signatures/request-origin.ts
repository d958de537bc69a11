import "server-only";
import { headers } from "next/headers";
import { clientIp } from "../http/trusted-proxy";

/** Where a signer's request came from, as the evidence file records it. */
export interface RequestOrigin {
  /** Known behind a trusted proxy only (lib/http/trusted-proxy.ts); null rather than a header any client could write. */
  ip: string | null;
  userAgent: string;
}

export async function requestOrigin(): Promise<RequestOrigin> {
  const list = await headers();
  return { ip: clientIp(list), userAgent: (list.get("user-agent") ?? "inconnu").slice(0, 500) };
}
