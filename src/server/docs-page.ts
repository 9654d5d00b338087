// The API reference as one static HTML page rendered from the OpenAPI document: no script,
// no CDN, every value escaped.
type Json = Record<string, unknown>;

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  const bits = [String(schema.type ?? (schema.$ref ? String(schema.$ref).split('/').pop() : 'object'))];
  if (schema.pattern) bits.push(`/${schema.pattern}/`);
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    bits.push(`${schema.minimum ?? ''}..${schema.maximum ?? ''}`);
  return bits.join(' ');
}

function operation(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td>` +
        `<td><code>${esc(typeOf(p.schema as Json))}</code></td><td>${esc(p.description ?? (p.schema as Json)?.description)}</td></tr>`,
    )
    .join('');
  const responses = Object.entries((op.responses as Json) ?? {})
    .map(([code, r]) => `<li><code>${esc(code)}</code> ${esc((r as Json).description)}</li>`)
    .join('');
  return (
    `<section id="${esc(`${method}-${path}`)}"><h2><span class="method">${esc(method.toUpperCase())}</span> ` +
    `<code>${esc(path)}</code></h2><p>${esc(op.summary)}</p>` +
    (op.description ? `<p>${esc(op.description)}</p>` : '') +
    (op.security ? '<p class="auth">Needs the server token: <code>Authorization: Bearer …</code></p>' : '') +
    (rows ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th></th></tr>${rows}</table>` : '') +
    `<ul>${responses}</ul></section>`
  );
}

export function docsPage(doc: Json): string {
  const info = (doc.info as Json) ?? {};
  const ops = Object.entries((doc.paths as Json) ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, op]) => operation(path, method, op as Json)),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(info.title)} — API</title>
<link rel="stylesheet" href="/docs.css"></head>
<body><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1>
<p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are
<code>application/problem+json</code>. The dashboard is at <a href="/">/</a>.</p>
${ops.join('\n')}
</body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}
code{font-family:ui-monospace,monospace;font-size:.92em}h2{font-size:1.05rem;margin:2rem 0 .3rem}
.method{display:inline-block;min-width:3.5rem;color:#0b5cad}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #dde2ea;padding:.25rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #c8d0dc}.auth{color:#9a3b00}`;
