// Talking to the press: "a briefing with reporters", "sat down with the editorial board" is how
// news is made, not consultation between political actors (shared/ANNOTATION.md codes only those).
import type { Event } from '../model/index.ts';

/** A consultation (root 04), or one announced (036), with journalists or the media on either side. */
export function pressTalk(e: Event): boolean {
  return (
    (e.cameo.startsWith('04') || e.cameo === '036') &&
    (e.source.slice(3, 6) === 'JRN' || e.target.slice(3, 6) === 'JRN')
  );
}
