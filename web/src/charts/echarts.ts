// ECharts with only the pieces the dashboard uses (a smaller bundle), and the world map
// from world-atlas's TopoJSON, registered once: no tiles, no network.

import { BarChart, GraphChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

echarts.use([
  BarChart,
  LineChart,
  GraphChart,
  MapChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  GeoComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** Country names by ISO 3166 numeric code (the ids of world-atlas's countries). */
export const COUNTRY_NAMES = new Map<string, string>();

let registered = false;

type Ring = number[][];

/**
 * A flat projection draws a ring that crosses the antimeridian (Russia's Chukotka, Fiji) as
 * a line across the whole map: such a ring is moved east of 180° instead.
 */
function unwrap(ring: Ring): Ring {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function unwrapGeometry(g: Geometry): void {
  if (g.type === 'Polygon') g.coordinates = g.coordinates.map(unwrap);
  else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((poly) => poly.map(unwrap));
}

/** Registers the map `world`, whose regions are named by ISO numeric code. */
export function registerWorld(): void {
  if (registered) return;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topo, topo.objects.countries) as FeatureCollection;
  geo.features = geo.features.filter((f) => f.id !== '010'); // Antarctica: space, no events
  for (const f of geo.features) {
    const name = (f.properties as { name?: string } | null)?.name ?? String(f.id);
    COUNTRY_NAMES.set(String(f.id), name);
    f.properties = { name: String(f.id) };
    unwrapGeometry(f.geometry);
  }
  echarts.registerMap('world', geo as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = true;
}

export { echarts };
export type EChartsOption = Parameters<echarts.ECharts['setOption']>[0];
