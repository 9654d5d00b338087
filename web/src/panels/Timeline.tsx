// The dyad over time: cooperation up, conflict down (events per day or week, by quad
// class), and the mean Goldstein score as a line on its own axis.
import { useMemo, useState } from 'react';
import { Chart } from '../charts/Chart.tsx';
import type { EChartsOption } from '../charts/echarts.ts';
import { type Filters, QUADS } from '../filters.ts';
import { useApi } from '../hooks.ts';
import type { Timeline as TimelineData } from '../types.ts';

const COLORS = { 1: '#74b9ff', 2: '#1f6feb', 3: '#f4a261', 4: '#d1495b' } as const;

function timelinePath(f: Filters, pair: [string, string] | null, bucket: string): string | null {
  if (!pair) return null;
  const p = new URLSearchParams({ bucket });
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.plover) p.set('plover', f.plover);
  if (f.quad) p.set('quad', f.quad);
  if (f.q) p.set('q', f.q);
  const code = (s: string) => encodeURIComponent(s.toUpperCase());
  return `/dyads/${code(pair[0])}/${code(pair[1])}/timeline?${p}`;
}

function option(t: TimelineData): EChartsOption {
  const periods = t.points.map((p) => p.period);
  const bar = (q: 1 | 2 | 3 | 4, sign: number) => ({
    name: QUADS[q],
    type: 'bar' as const,
    stack: sign > 0 ? 'coop' : 'conflict',
    itemStyle: { color: COLORS[q] },
    data: t.points.map((p) => sign * p.quads[q]),
    barMaxWidth: 28,
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    grid: { left: 44, right: 44, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: periods },
    yAxis: [
      {
        type: 'value',
        name: 'events',
        nameTextStyle: { fontSize: 10 },
        axisLabel: { formatter: (v: number) => String(Math.abs(v)) },
      },
      {
        type: 'value',
        name: 'Goldstein',
        min: -10,
        max: 10,
        nameTextStyle: { fontSize: 10 },
        splitLine: { show: false },
      },
    ],
    series: [
      bar(1, 1),
      bar(2, 1),
      bar(3, -1),
      bar(4, -1),
      {
        name: 'mean Goldstein',
        type: 'line',
        yAxisIndex: 1,
        data: t.points.map((p) => p.goldstein),
        itemStyle: { color: '#1d2430' },
        symbolSize: 6,
      },
    ],
  };
}

/**
 * The chosen dyad (both actors in the filters), else the busiest edge of the network, so the
 * panel always shows something.
 */
export function Timeline({ filters, busiest }: { filters: Filters; busiest: [string, string] | null }) {
  const [bucket, setBucket] = useState<'day' | 'week'>('day');
  const chosen =
    filters.a && filters.b ? ([filters.a.toUpperCase(), filters.b.toUpperCase()] as [string, string]) : null;
  const pair = chosen ?? busiest;
  const path = timelinePath(filters, pair, bucket);
  const { data, error } = useApi<TimelineData>(path);
  const opt = useMemo(() => (data ? option(data) : null), [data]);
  return (
    <section className="panel timeline" aria-labelledby="timeline-h">
      <header>
        <h2 id="timeline-h">
          Dyad timeline{pair ? ` · ${pair[0]} ↔ ${pair[1]}` : ''}
          {pair && !chosen && (
            <span className="muted"> (the busiest pair; choose two actors for another)</span>
          )}
        </h2>
        <fieldset className="seg" aria-label="bucket">
          {(['day', 'week'] as const).map((b) => (
            <button key={b} type="button" aria-pressed={bucket === b} onClick={() => setBucket(b)}>
              {b}
            </button>
          ))}
        </fieldset>
      </header>
      {!path && (
        <p className="hint">Choose two actors (or click an edge of the network) to see a dyad over time.</p>
      )}
      {error && <p className="error">{error}</p>}
      {path && data && data.points.length === 0 && <p className="hint">No dated events for this dyad.</p>}
      {opt && data && data.points.length > 0 && <Chart option={opt} label="dyad timeline" />}
    </section>
  );
}
