// Where events happened: countries shaded by the events placed in them, and a dot per coded
// place sized by its events. The outlines are world-atlas's 1:110m TopoJSON, bundled.
import { useMemo } from 'react';
import { Chart } from '../charts/Chart.tsx';
import { COUNTRY_NAMES, type EChartsOption, registerWorld } from '../charts/echarts.ts';
import { apiParams, type Filters } from '../filters.ts';
import { useApi } from '../hooks.ts';
import type { MapData } from '../types.ts';

function option(m: MapData): EChartsOption {
  registerWorld();
  const maxCountry = Math.max(1, ...m.countries.map((c) => c.events));
  const maxPlace = Math.max(1, ...m.locations.map((l) => l.events));
  return {
    animation: false,
    tooltip: { renderMode: 'richText' },
    geo: {
      map: 'world',
      roam: true,
      zoom: 1.15,
      top: 10,
      bottom: 10,
      itemStyle: { areaColor: '#eef1f5', borderColor: '#b8c2cf', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#dfe6ef' } },
      tooltip: { show: false },
    },
    visualMap: {
      seriesIndex: 0,
      min: 0,
      max: maxCountry,
      inRange: { color: ['#e3ecf7', '#1f6feb'] },
      calculable: false,
      itemHeight: 80,
      left: 8,
      bottom: 8,
      text: ['more', 'fewer'],
      textStyle: { fontSize: 10 },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: m.countries
          .filter((c) => c.numeric)
          .map((c) => ({ name: c.numeric as string, value: c.events })),
        tooltip: {
          formatter: (p: { name: string; value: number }) =>
            `${COUNTRY_NAMES.get(p.name) ?? p.name}: ${Number.isFinite(p.value) ? p.value : 0} events`,
        },
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: m.locations.map((l) => ({ name: l.location, value: [l.lon, l.lat, l.events] })),
        symbolSize: (v: number[]) => 6 + 16 * Math.sqrt(v[2] / maxPlace),
        itemStyle: { color: '#d1495b', borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
        tooltip: { formatter: (p: { name: string; value: number[] }) => `${p.name}: ${p.value[2]} events` },
      },
    ],
  } as EChartsOption;
}

export function WorldMap({ filters }: { filters: Filters }) {
  const { data, error } = useApi<MapData>(`/map?${apiParams(filters, { limit: 500 })}`);
  const opt = useMemo(() => (data ? option(data) : null), [data]);
  const unplaced = data?.unplaced.length ?? 0;
  return (
    <section className="panel map" aria-labelledby="map-h">
      <header>
        <h2 id="map-h">Where</h2>
        {data && (
          <span className="muted">
            {data.locations.length} place{data.locations.length === 1 ? '' : 's'}
            {unplaced ? `, ${unplaced} not on the map` : ''}
          </span>
        )}
      </header>
      {error && <p className="error">{error}</p>}
      {opt && <Chart option={opt} label="map of event locations" />}
    </section>
  );
}
