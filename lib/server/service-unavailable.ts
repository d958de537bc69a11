import type { SiteBranding } from "../tenancy/site";

/** Seconds a client (or a load balancer) should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const HEADERS = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };

/**
 * What every request gets while the database is unreachable: a 503 in French, with the site's name and
 * colour when this instance still knows them, that reloads itself; JSON for the API. Never a stack trace.
 */
export function serviceUnavailable({ branding, api }: { branding: SiteBranding | null; api: boolean }): Response {
  if (api) return Response.json({ error: "service_unavailable" }, { status: 503, headers: HEADERS });
  const name = escapeHtml(branding?.name ?? "Passerelle");
  const colour = /^#[0-9a-f]{6}$/i.test(branding?.primaryColor ?? "") ? branding!.primaryColor : "#1d4ed8";
  const html = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Service momentanément indisponible — ${name}</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:28rem;margin:1.5rem;padding:2rem;background:#fff;border-radius:.75rem;border-top:.375rem solid ${colour};box-shadow:0 1px 3px rgb(0 0 0 / .1)}
h1{font-size:1.25rem;margin:.5rem 0 1rem}p{line-height:1.5;margin:.5rem 0}.brand{font-weight:600;color:${colour};margin:0}
</style>
</head>
<body>
<main>
<p class="brand">${name}</p>
<h1>Service momentanément indisponible</h1>
<p>Nous ne pouvons pas afficher cette page pour le moment. Rien de ce que vous avez enregistré n’est perdu.</p>
<p>La page se rechargera d’elle-même dans quelques secondes.</p>
</main>
</body>
</html>
`;
  return new Response(html, { status: 503, headers: { ...HEADERS, "content-type": "text/html; charset=utf-8" } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
