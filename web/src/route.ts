// The dashboard's places, in the URL hash: `#/?filters`, `#/events/ID?filters`,
// `#/articles/ID?filters`. Filters ride along, so going back keeps them.
import { type Filters, filtersQuery, parseFilters } from './filters.ts';

export interface Route {
  view: 'dashboard' | 'event' | 'article';
  id: string;
  filters: Filters;
}

/** `#/?filters`, `#/events/ID?filters`, `#/articles/ID?filters`. */
export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const filters = parseFilters(new URLSearchParams(query));
  const m = /^\/(events|articles)\/([A-Za-z0-9_-]+)$/.exec(path);
  if (m) return { view: m[1] === 'events' ? 'event' : 'article', id: m[2], filters };
  return { view: 'dashboard', id: '', filters };
}

export function href(path: string, filters: Filters): string {
  const q = filtersQuery(filters);
  return `#${path}${q ? `?${q}` : ''}`;
}
