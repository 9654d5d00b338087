// An article's text with the evidence of every event coded from it. The text is rendered
// as text: markup in it shows as characters.
import { useState } from 'react';
import { Highlighted } from '../components/Highlighted.tsx';
import type { Filters } from '../filters.ts';
import { href, useApi } from '../hooks.ts';
import type { ArticleDetail } from '../types.ts';
import { safeUrl } from './EventView.tsx';

export function ArticleView({ id, filters }: { id: string; filters: Filters }) {
  const { data, error, loading } = useApi<ArticleDetail>(`/articles/${encodeURIComponent(id)}`);
  const [active, setActive] = useState<string | undefined>();
  if (error) return <p className="error">{error}</p>;
  if (loading || !data) return <p className="hint">Loading…</p>;
  const { article, spans, events } = data;
  const url = safeUrl(article.url);
  return (
    <article className="panel detail article-view" aria-labelledby="article-h">
      <p>
        <a href={href('/', filters)}>← all events</a>
      </p>
      <h2 id="article-h">{article.title ?? article.external_id ?? article.id}</h2>
      <p className="muted">
        {article.domain ?? 'unknown source'}
        {article.published ? ` · ${article.published}` : ''} · {events.length} event
        {events.length === 1 ? '' : 's'}
        {url && (
          <>
            {' · '}
            <a href={url} rel="noopener noreferrer" target="_blank">
              original
            </a>
          </>
        )}
      </p>
      <div className="article-text" data-testid="article-text">
        <Highlighted text={article.text} marks={spans} active={active} />
      </div>
      <h3>Events coded from it</h3>
      <ul className="article-events">
        {events.map((e) => (
          <li key={e.id} onMouseEnter={() => setActive(e.id)} onMouseLeave={() => setActive(undefined)}>
            <a href={href(`/events/${e.id}`, filters)}>
              <code>{e.source}</code> <span className={`pill q${e.quad ?? 0}`}>{e.plover ?? e.cameo}</span>{' '}
              <code>{e.target}</code>
            </a>{' '}
            <span className="muted">“{e.evidence[0]?.text}”</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
