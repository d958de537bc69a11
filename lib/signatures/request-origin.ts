import "server-only";
import { headers } from "next/headers";

/** The client's IP and user agent for the evidence file (first X-Forwarded-For hop, else X-Real-IP). */
export async function requestOrigin(): Promise<{ ip: string; userAgent: string }> {
  const list = await headers();
  const ip = list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "inconnue";
  return { ip: ip.slice(0, 100), userAgent: (list.get("user-agent") ?? "inconnu").slice(0, 500) };
}
