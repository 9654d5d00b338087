// The actor network: node size = events, colour = cooperation/conflict balance (blue
// cooperative, red conflictual); clicking an edge selects that dyad, a node that actor.
import { useMemo } from 'react';
import { Chart, type ChartHandlers } from '../charts/Chart.tsx';
import type { EChartsOption } from '../charts/echarts.ts';
import { apiParams, type Filters } from '../filters.ts';
import type { Network as NetworkData } from '../types.ts';

/** −1 (conflict) … 1 (cooperation) as a red–grey–blue colour. */
export function balanceColor(b: number): string {
  const t = Math.max(-1, Math.min(1, b));
  const mix = (x: number, y: number, k: number) => Math.round(x + (y - x) * k);
  const [r, g, bl] =
    t >= 0
      ? [mix(150, 31, t), mix(156, 111, t), mix(166, 235, t)]
      : [mix(150, 209, -t), mix(156, 73, -t), mix(166, 91, -t)];
  return `rgb(${r},${g},${bl})`;
}

function option(n: NetworkData): EChartsOption {
  const max = Math.max(1, ...n.nodes.map((x) => x.events));
  const maxEdge = Math.max(1, ...n.edges.map((e) => e.events));
  return {
    animation: false,
    tooltip: { renderMode: 'richText' },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 240, edgeLength: [50, 140], gravity: 0.15 },
        label: { show: true, position: 'right', fontSize: 11 },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 7,
        data: n.nodes.map((x) => ({
          id: x.id,
          name: x.id,
          value: x.events,
          symbolSize: 8 + 26 * Math.sqrt(x.events / max),
          itemStyle: { color: balanceColor(x.balance) },
        })),
        links: n.edges
          .filter((e) => e.source !== e.target)
          .map((e) => ({
            source: e.source,
            target: e.target,
            value: e.events,
            lineStyle: {
              width: 1 + 5 * (e.events / maxEdge),
              color: balanceColor(e.balance),
              opacity: 0.8,
              curveness: 0.15,
            },
            tooltip: {
              formatter: `${e.source} → ${e.target}\n${e.events} events, Goldstein ${e.goldstein}\ncooperation ${e.quads[1] + e.quads[2]}, conflict ${e.quads[3] + e.quads[4]}`,
            },
          })),
      },
    ],
  };
}

export function networkPath(filters: Filters): string {
  return `/network?${apiParams(filters, { limit: 80 })}`;
}

export function Network({
  data,
  error,
  onDyad,
  onActor,
}: {
  data: NetworkData | null;
  error: string | null;
  onDyad: (a: string, b: string) => void;
  onActor: (a: string) => void;
}) {
  const opt = useMemo(() => (data ? option(data) : null), [data]);
  const on = useMemo<ChartHandlers>(
    () => ({
      click: (p) => {
        if (p.dataType === 'edge') onDyad(p.data.source, p.data.target);
        else if (p.dataType === 'node') onActor(p.data.id);
      },
    }),
    [onDyad, onActor],
  );
  return (
    <section className="panel network" aria-labelledby="network-h">
      <header>
        <h2 id="network-h">Actor network</h2>
        <span className="legend-balance" aria-hidden="true">
          <i style={{ background: balanceColor(-1) }} /> conflict{' '}
          <i style={{ background: balanceColor(0) }} /> mixed <i style={{ background: balanceColor(1) }} />{' '}
          cooperation
        </span>
      </header>
      {error && <p className="error">{error}</p>}
      {data && data.edges.length === 0 && <p className="hint">No events match the filters.</p>}
      {opt && data && data.edges.length > 0 && <Chart option={opt} on={on} label="actor network" />}
    </section>
  );
}
