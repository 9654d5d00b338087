// GET /openapi.json (OpenAPI 3.1, generated from the route schemas) and GET /docs.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DOCS_CSS, docsPage } from '../docs-page.ts';

const INFO = {
  title: 'Dyad',
  version: '1',
  description:
    'Political event data coded from news text: who did what to whom, in CAMEO and PLOVER, with the ' +
    'evidence for each event. Read-only unless the server has a token.',
};

export function docRoutes(app: OpenAPIHono): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  let doc: Record<string, unknown> | null = null;
  const document = () => {
    doc ??= app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO }) as unknown as Record<string, unknown>;
    return doc;
  };
  app.get('/openapi.json', (c) => c.json(document()));
  app.get('/docs', (c) => c.html(docsPage(document())));
  app.get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
}
