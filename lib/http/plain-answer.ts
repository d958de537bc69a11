import { NextResponse } from "next/server";
import { PLAIN_PAGE_POLICY } from "./security-headers";

const escape = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The proxy's own answers, before any site is known (unknown host, malformed address, too many
 * requests): a short French page that loads nothing and says nothing about the app.
 */
export function plainAnswer(status: number, title: string, body: string, headers: Record<string, string> = {}): NextResponse {
  const html = `<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(title)}</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a"><h1>${escape(title)}</h1><p>${escape(body)}</p></body></html>`;
  return new NextResponse(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": PLAIN_PAGE_POLICY,
      ...headers,
    },
  });
}
