/** A fresh nonce for one response's scripts: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The pages' Content-Security-Policy. Scripts run only with this response's nonce (Next puts it on its
 * own scripts, read from this header on the request) and what those load ('strict-dynamic'); no plugin,
 * no <base>, no framing by another site, forms post only here. Styles allow inline attributes (React's
 * style props, the email preview); images may come from https logos. `next dev` also needs eval.
 */
export function contentSecurityPolicy({ nonce, https, dev = false }: { nonce: string; https: boolean; dev?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:", // FullCalendar's icon font is inlined
    "connect-src 'self'",
    // pdf.js renders in a worker served by the app.
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Sent over HTTPS only (a browser ignores it over HTTP). Not includeSubDomains: a customer's own domain has other hosts. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000";

/** For the proxy's own plain answers: nothing may load or run. */
export const PLAIN_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
