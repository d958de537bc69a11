/**
 * Whether a state-changing request comes from this site's own pages. Browsers say where a request comes
 * from: Sec-Fetch-Site (anything but "same-origin" is refused) and Origin (its host must be the one the
 * request was sent to, as proxy.ts pinned it in X-Forwarded-Host). A request with neither comes from no
 * browser, so it cannot ride on a victim's cookies: it is let through (scripts, the benchmark), as Next
 * does for server actions.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return host !== null && new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (a sandboxed frame, a data: URL) or garbage
  }
}
