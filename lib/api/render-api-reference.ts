import { openApiDocument } from "./openapi";

// The API reference as one server-rendered HTML page, from the same OpenAPI document: no script, no CDN.

const escape = (text: unknown) =>
  String(text ?? "").replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

type Operation = {
  operationId: string;
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const schemaLabel = (schema: unknown): string => {
  const json = JSON.stringify(schema);
  const refs = [...json.matchAll(/#\/components\/schemas\/(\w+)/g)].map((match) => match[1]);
  return refs.length ? [...new Set(refs)].map((ref) => `<a href="#schema-${ref}">${ref}</a>`).join(", ") : `<code>${escape(json)}</code>`;
};

export function renderApiReference(): string {
  const document = openApiDocument("/api/v1");
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  const rows = operations
    .map(({ path, method, operation }) => {
      const params = operation.parameters
        .map(
          (param) =>
            `<tr><td><code>${escape(param.name)}</code></td><td>${param.in}</td><td>${param.required ? "oui" : ""}</td><td><code>${escape(JSON.stringify(param.schema))}</code> ${escape(param.description)}</td></tr>`,
        )
        .join("");
      const body = operation.requestBody
        ? `<p>Corps JSON : ${schemaLabel(operation.requestBody.content["application/json"].schema)}</p>`
        : "";
      const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"))!;
      return `<section id="${operation.operationId}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>/api/v1${escape(path)}</code></h3>
<p>${escape(operation.summary)} — ${escape(operation.description.replaceAll("`", ""))}</p>
${params ? `<table><thead><tr><th>Paramètre</th><th>Où</th><th>Requis</th><th>Schéma</th></tr></thead><tbody>${params}</tbody></table>` : ""}
${body}<p>Réponse ${success[0]} : ${schemaLabel(success[1].content?.["application/json"]?.schema)} · erreurs : problem+json (RFC 9457)</p></section>`;
    })
    .join("\n");
  const schemas = Object.entries(document.components.schemas)
    .map(
      ([id, schema]) =>
        `<section id="schema-${id}"><h3>${id}</h3><pre tabindex="0" aria-label="${id}">${escape(JSON.stringify(schema, null, 2))}</pre></section>`,
    )
    .join("\n");
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Passerelle API v1 — référence</title><style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem;color:#0f172a}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f1f5f9;padding:.75rem;overflow:auto;border-radius:6px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #cbd5e1;padding:.25rem .5rem;text-align:left;vertical-align:top;word-break:break-word}
section{border-top:1px solid #e2e8f0;padding:.5rem 0}.m{display:inline-block;min-width:3.5rem;padding:0 .4rem;border-radius:4px;color:#fff;font-size:13px;text-align:center}
.get{background:#1d4ed8}.post{background:#15803d}.patch{background:#b45309}nav a{margin-right:.75rem}</style></head><body>
<h1>Passerelle API v1</h1>
<p>${escape(document.info.description)} Description OpenAPI 3.1 : <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
<nav aria-label="Opérations">${operations.map(({ method, path, operation }) => `<a href="#${operation.operationId}">${method.toUpperCase()} ${escape(path)}</a>`).join(" ")}</nav>
<h2>Opérations</h2>${rows}<h2>Schémas</h2>${schemas}</body></html>`;
}
