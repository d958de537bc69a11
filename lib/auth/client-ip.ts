/**
 * The client's address for the per-IP login limit and the audit log. Only a reverse proxy knows it (Next
 * does not expose the socket's address), so X-Forwarded-For is read only behind one
 * (TRUST_FORWARDED_HOST=1, as for the host); otherwise a client could pick its own address per request.
 */
export function clientIp(headers: Headers): string | null {
  if (process.env.TRUST_FORWARDED_HOST !== "1") return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || null;
}
