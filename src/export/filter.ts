// The export command's filters (--from --to --actor --type) as store filters.
import { DyadError } from '../errors.ts';
import { normalizePlover } from '../ontology/index.ts';
import type { ClusterFilter, EventFilter } from '../store/index.ts';

export interface ExportFilter {
  from?: string;
  to?: string;
  /** An actor code as source or target (three letters: any sector of that country). */
  actor?: string;
  /** A CAMEO code or root (`04`, `042`) or a PLOVER type (`CONSULT`). */
  type?: string;
}

function typeFilter(type: string | undefined): { cameo?: string; plover?: string } {
  if (!type) return {};
  if (/^\d{2,4}$/.test(type)) return { cameo: type };
  const plover = normalizePlover(type);
  if (!plover) throw new DyadError('DYAD_E_INPUT', `--type ${type}: not a CAMEO code or PLOVER type`);
  return { plover };
}

export function eventFilter(f: ExportFilter): EventFilter {
  return { from: f.from, to: f.to, actor: f.actor?.toUpperCase(), ...typeFilter(f.type) };
}

export function clusterFilter(f: ExportFilter): ClusterFilter {
  return { from: f.from, to: f.to, actor: f.actor?.toUpperCase(), ...typeFilter(f.type) };
}
