/**
 * The pages anyone may open without an account: limited per client address behind a trusted proxy
 * (RATE_LIMITS.publicPagesPerAddress), so no one scrapes or hammers them from one address.
 */
const PUBLIC_PATH_PREFIXES = [
  "/login",
  "/catalogue",
  "/verification",
  "/mot-de-passe-oublie",
  "/invitation",
  "/confirmer-email",
  "/questionnaire",
  "/connexion-par-lien",
  "/api/auth",
  "/api/calendrier",
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
