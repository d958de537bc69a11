/**
 * The absolute address of `path` on `hostname`, for links that leave the app (emails, calendar feeds).
 * PUBLIC_URL_PROTOCOL and PUBLIC_URL_PORT default to https without port in production, and to http on
 * PORT (3000) elsewhere, so the demo's links work as printed.
 */
export function publicUrl(hostname: string, path = "/"): string {
  const production = process.env.NODE_ENV === "production" && !process.env.PUBLIC_URL_PORT;
  const protocol = process.env.PUBLIC_URL_PROTOCOL ?? (production ? "https" : "http");
  const port = process.env.PUBLIC_URL_PORT ?? (production ? "" : (process.env.PORT ?? "3000"));
  return `${protocol}://${hostname}${port ? `:${port}` : ""}${path}`;
}
