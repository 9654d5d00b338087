import { useCallback } from 'react';
import type { Filters } from '../filters.ts';
import { useApi } from '../hooks.ts';
import { EventTable } from '../panels/EventTable.tsx';
import { Network, networkPath } from '../panels/Network.tsx';
import { Timeline } from '../panels/Timeline.tsx';
import { WorldMap } from '../panels/WorldMap.tsx';
import type { Network as NetworkData } from '../types.ts';

export function Dashboard({ filters, apply }: { filters: Filters; apply: (f: Filters) => void }) {
  const network = useApi<NetworkData>(networkPath(filters));
  const top = network.data?.edges.find((e) => e.source !== e.target);
  const busiest: [string, string] | null = top ? [top.source, top.target] : null;
  const onDyad = useCallback((a: string, b: string) => apply({ ...filters, a, b }), [filters, apply]);
  const onActor = useCallback((a: string) => apply({ ...filters, a, b: '' }), [filters, apply]);
  return (
    <div className="grid">
      <Timeline filters={filters} busiest={busiest} />
      <Network data={network.data} error={network.error} onDyad={onDyad} onActor={onActor} />
      <WorldMap filters={filters} />
      <EventTable filters={filters} />
    </div>
  );
}
