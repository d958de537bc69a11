/**
 * "Lyon.Formapro.localhost:3000" → "lyon.formapro.localhost"; null for an empty or malformed host, or a
 * port outside 1–65535 (a Host the app could not even write back into a URL).
 */
export function normalizeHostname(host: string | null | undefined): string | null {
  const match = /^([a-z0-9.-]{1,253}?)\.?(?::(\d{1,5}))?$/.exec(host?.trim().toLowerCase() ?? "");
  if (!match || (match[2] !== undefined && !(Number(match[2]) >= 1 && Number(match[2]) <= 65_535))) return null;
  return match[1];
}
