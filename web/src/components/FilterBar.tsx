// Dates, two actors (one: everything it did or suffered; two: the dyad, both directions),
// a country, an event type, a quad class and words. Applying writes them to the URL hash.
import { type FormEvent, useEffect, useState } from 'react';
import { EMPTY, type Filters, PLOVER, QUADS } from '../filters.ts';
import { useApi } from '../hooks.ts';
import type { ActorCount } from '../types.ts';

export function FilterBar({ filters, onApply }: { filters: Filters; onApply: (f: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [filters]);
  const actors = useApi<{ items: ActorCount[] }>('/actors?limit=300');
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="filters">
      <label>
        From
        <input type="date" value={draft.from} onChange={set('from')} />
      </label>
      <label>
        To
        <input type="date" value={draft.to} onChange={set('to')} />
      </label>
      <label>
        Actor
        <input
          list="actor-codes"
          value={draft.a}
          onChange={set('a')}
          placeholder="PAK, USAGOV…"
          maxLength={15}
          pattern="[A-Za-z0-9]{3,15}"
          size={9}
        />
      </label>
      <span className="dyad-arrow" aria-hidden="true">
        ↔
      </span>
      <label>
        Other actor
        <input
          list="actor-codes"
          value={draft.b}
          onChange={set('b')}
          placeholder="USA"
          maxLength={15}
          pattern="[A-Za-z0-9]{3,15}"
          size={9}
        />
      </label>
      <label>
        Country
        <input
          value={draft.country}
          onChange={set('country')}
          placeholder="AFG"
          maxLength={3}
          pattern="[A-Za-z]{3}"
          size={4}
        />
      </label>
      <label>
        Type
        <select value={draft.plover} onChange={set('plover')}>
          <option value="">any</option>
          {PLOVER.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        Quad
        <select value={draft.quad} onChange={set('quad')}>
          <option value="">any</option>
          {Object.entries(QUADS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="grow">
        Words
        <input
          type="search"
          value={draft.q}
          onChange={set('q')}
          placeholder="in the sentence or actor names"
          maxLength={200}
        />
      </label>
      <div className="buttons">
        <button type="submit">Apply</button>
        <button type="button" className="secondary" onClick={() => onApply(EMPTY)}>
          Clear
        </button>
      </div>
      <datalist id="actor-codes">
        {actors.data?.items.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name ? `${a.name} (${a.events})` : String(a.events)}
          </option>
        ))}
      </datalist>
    </form>
  );
}
