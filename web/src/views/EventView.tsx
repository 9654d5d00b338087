// One event: its sentence with source, target and verb highlighted, the rule that fired,
// how the actors were resolved, and the other reports of the same real-world event.
import { Highlighted } from '../components/Highlighted.tsx';
import { type Filters, QUADS } from '../filters.ts';
import { href, useApi } from '../hooks.ts';
import type { EventDetail } from '../types.ts';

/** Only http(s) links leave the dashboard; anything else stays text. */
export const safeUrl = (u: string | null) => (u && /^https?:\/\//i.test(u) ? u : null);

export function EventView({ id, filters }: { id: string; filters: Filters }) {
  const { data, error, loading } = useApi<EventDetail>(`/events/${encodeURIComponent(id)}`);
  if (error) return <p className="error">{error}</p>;
  if (loading || !data) return <p className="hint">Loading…</p>;
  const { event: e, sentence, highlights, article, cluster } = data;
  const outside = highlights.filter((h) => !h.in_sentence);
  const others = cluster?.articles.filter((a) => a.id !== article.id) ?? [];
  const url = safeUrl(article.url);
  return (
    <article className="panel detail event-view" aria-labelledby="event-h">
      <p>
        <a href={href('/', filters)}>← all events</a>
      </p>
      <h2 id="event-h">
        <code className="actor">{e.source}</code>{' '}
        <span className={`pill q${e.quad ?? 0}`}>{e.plover ?? 'CAMEO'}</span>{' '}
        <code className="actor">{e.target}</code>
      </h2>
      <p className="muted">
        CAMEO <code>{e.cameo}</code>
        {e.mode ? ` · mode ${e.mode}` : ''} · {e.quad ? QUADS[e.quad] : 'no quad class'} · Goldstein{' '}
        {e.goldstein} · confidence {e.confidence.toFixed(2)}
        {e.symmetric ? ' · symmetric' : ''}
        {e.negated ? ' · negated' : ''} · {e.date ?? 'undated'}
        {e.location ? ` · ${e.location}` : ''}
      </p>
      <blockquote className="sentence" data-testid="sentence">
        {sentence.start === null ? (
          sentence.text
        ) : (
          <Highlighted
            text={sentence.text}
            offset={sentence.start}
            marks={highlights.filter((h) => h.in_sentence)}
          />
        )}
      </blockquote>
      <p className="legend">
        <mark className="hl hl-source">source</mark> {e.source_name ?? e.source} ·{' '}
        <mark className="hl hl-verb">verb</mark> · <mark className="hl hl-target">target</mark>{' '}
        {e.target_name ?? e.target}
      </p>
      {outside.length > 0 && (
        <p className="muted">
          Named earlier in the article:{' '}
          {outside.map((h) => (
            <span key={`${h.role}-${h.start}`}>
              {h.role} “{h.text}”{' '}
            </span>
          ))}
        </p>
      )}
      <dl className="facts">
        <dt>Rule</dt>
        <dd>
          <code data-testid="rule">{data.rule}</code>
        </dd>
        <dt>Source resolved by</dt>
        <dd>
          <code>{e.source_rule}</code>
        </dd>
        <dt>Target resolved by</dt>
        <dd>
          <code>{e.target_rule}</code>
        </dd>
        {/* CAMEO's third code part: "Iraqi Kurds demonstrated…" → source IRQCVL, group KUR. */}
        {e.source_group && (
          <>
            <dt>Source group</dt>
            <dd>
              <code data-testid="source-group">{e.source_group}</code>
            </dd>
          </>
        )}
        {e.target_group && (
          <>
            <dt>Target group</dt>
            <dd>
              <code data-testid="target-group">{e.target_group}</code>
            </dd>
          </>
        )}
        {e.contexts.length > 0 && (
          <>
            <dt>Contexts</dt>
            <dd>{e.contexts.join(', ')}</dd>
          </>
        )}
        <dt>Article</dt>
        <dd>
          <a href={href(`/articles/${article.id}`, filters)} className="article-link">
            {article.title ?? article.external_id ?? article.id}
          </a>
          {article.domain ? ` · ${article.domain}` : ''}
          {article.published ? ` · ${article.published}` : ''}
          {url && (
            <>
              {' · '}
              <a href={url} rel="noopener noreferrer" target="_blank">
                original
              </a>
            </>
          )}
        </dd>
      </dl>
      <h3>Same real-world event</h3>
      {cluster ? (
        <>
          <p className="muted">
            {cluster.n_articles} article{cluster.n_articles === 1 ? '' : 's'} from {cluster.n_sources} source
            {cluster.n_sources === 1 ? '' : 's'}, {cluster.events} mention{cluster.events === 1 ? '' : 's'},{' '}
            {cluster.first_date || 'undated'}
            {cluster.last_date && cluster.last_date !== cluster.first_date ? ` – ${cluster.last_date}` : ''}
          </p>
          {others.length > 0 ? (
            <ul className="cluster-articles">
              {others.map((a) => (
                <li key={a.id}>
                  <a href={href(`/articles/${a.id}`, filters)}>{a.title ?? a.external_id ?? a.id}</a>
                  <span className="muted">
                    {a.domain ? ` · ${a.domain}` : ''}
                    {a.published ? ` · ${a.published}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">No other article reports it.</p>
          )}
        </>
      ) : (
        <p className="hint">Not clustered.</p>
      )}
    </article>
  );
}
