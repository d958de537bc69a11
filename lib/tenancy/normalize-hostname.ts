/** "Lyon.Formapro.localhost:3000" → "lyon.formapro.localhost"; null for an empty or malformed host. */
export function normalizeHostname(host: string | null | undefined): string | null {
  if (!host) return null;
  const hostname = host.trim().toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  return /^[a-z0-9.-]{1,253}$/.test(hostname) ? hostname : null;
}
