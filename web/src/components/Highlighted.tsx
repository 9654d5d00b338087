// Text with highlighted spans, rendered as React text nodes only: whatever the text holds
// (markup, scripts) is shown as characters, never parsed as HTML.
import type { Role } from '../types.ts';
import { type Mark, segments } from './segments.ts';

export type { Mark };

const LABEL: Record<Role, string> = {
  verb: 'verb',
  source: 'source',
  target: 'target',
  evidence: 'evidence',
};

export function Highlighted({
  text,
  marks,
  offset = 0,
  active,
}: {
  text: string;
  /** Spans in the coordinates of the full text; `offset` is where `text` starts in it. */
  marks: readonly Mark[];
  offset?: number;
  /** An event whose spans are emphasized. */
  active?: string;
}) {
  const local = marks.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  return (
    <>
      {segments(text.length, local).map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.roles.length === 0) return <span key={s.start}>{piece}</span>;
        const cls = s.roles.map((r) => `hl-${r}`).join(' ');
        const on = active && s.events.includes(active) ? ' hl-active' : '';
        return (
          <mark
            key={s.start}
            className={`hl ${cls}${on}`}
            data-roles={s.roles.join(' ')}
            title={s.roles.map((r) => LABEL[r]).join(', ')}
          >
            {piece}
          </mark>
        );
      })}
    </>
  );
}
