// The events matching the filters, newest first, a page at a time; each row opens the
// event view. The same query as CSV is one link away.
import { useEffect, useState } from 'react';
import { getJson } from '../api.ts';
import { apiParams, type Filters, QUADS } from '../filters.ts';
import { href } from '../hooks.ts';
import type { DyadEvent, Page } from '../types.ts';

const PAGE = 50;

export function EventTable({ filters }: { filters: Filters }) {
  const [rows, setRows] = useState<DyadEvent[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const query = apiParams(filters, { limit: PAGE }).toString();

  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    getJson<Page<DyadEvent>>(`/events?${query}`, ctrl.signal).then(
      (p) => {
        setRows(p.items);
        setNext(p.next);
        setError(null);
        setLoading(false);
      },
      (e: Error) => {
        if (e.name === 'AbortError') return;
        setError(e.message);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
  }, [query]);

  const more = async () => {
    if (!next) return;
    try {
      const p = await getJson<Page<DyadEvent>>(`/events?${query}&cursor=${encodeURIComponent(next)}`);
      setRows((r) => [...r, ...p.items]);
      setNext(p.next);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="panel events" aria-labelledby="events-h">
      <header>
        <h2 id="events-h">Events</h2>
        <a
          className="muted"
          href={`/events?${apiParams(filters, { limit: 10000, format: 'csv' })}`}
          download="events.csv"
        >
          CSV
        </a>
      </header>
      {error && <p className="error">{error}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>date</th>
              <th>source</th>
              <th>event</th>
              <th>target</th>
              <th>where</th>
              <th>words</th>
              <th className="num">conf.</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id} className={`quad-${e.quad ?? 0}`}>
                <td className="nowrap">{e.date ?? '—'}</td>
                <td>
                  <code>{e.source}</code> <span className="muted">{e.source_name}</span>
                </td>
                <td>
                  <a
                    href={href(`/events/${e.id}`, filters)}
                    className="event-link"
                    title={e.quad ? QUADS[e.quad] : ''}
                  >
                    <span className={`pill q${e.quad ?? 0}`}>{e.plover ?? 'CAMEO'}</span>{' '}
                    <code>{e.cameo}</code>
                    {e.negated ? ' (negated)' : ''}
                  </a>
                </td>
                <td>
                  <code>{e.target}</code> <span className="muted">{e.target_name}</span>
                </td>
                <td>{e.location ?? ''}</td>
                <td className="words">{e.evidence[0]?.text ?? ''}</td>
                <td className="num">{e.confidence.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!loading && rows.length === 0 && !error && <p className="hint">No events match the filters.</p>}
      {next && (
        <button type="button" className="more" onClick={more}>
          More events
        </button>
      )}
    </section>
  );
}
