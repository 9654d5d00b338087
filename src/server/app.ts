// The composition root: security headers, CORS when configured, the API routes, the docs
// and the dashboard; every error a problem-details body.
import { OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_MAX_BODY, type ServerOptions } from './options.ts';
import { notFound, onError, validationProblem } from './problem.ts';
import { actorRoutes } from './routes/actors.ts';
import { articleRoutes } from './routes/articles.ts';
import { clusterRoutes } from './routes/clusters.ts';
import { docRoutes } from './routes/docs.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { eventRoutes } from './routes/events.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { mapRoutes } from './routes/map.ts';
import { networkRoutes } from './routes/network.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { statsRoutes } from './routes/stats.ts';
import { corsFor, securityHeaders } from './security.ts';
import { webRoutes } from './static.ts';

export function createApp(opts: ServerOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    strict: true,
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error.issues);
    },
  });
  app.onError(onError);
  app.notFound(notFound);
  app.use('*', securityHeaders());
  app.use('*', corsFor(opts.corsOrigins ?? []));

  const { store } = opts;
  eventRoutes(app, store);
  clusterRoutes(app, store);
  actorRoutes(app, store);
  dyadRoutes(app, store);
  networkRoutes(app, store);
  mapRoutes(app, store);
  articleRoutes(app, store);
  quoteRoutes(app, store);
  ingestRoutes(app, {
    store,
    token: opts.token,
    coder: opts.coder,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY,
  });
  statsRoutes(app, store);
  docRoutes(app);
  webRoutes(app, opts.webDir);
  return app;
}
