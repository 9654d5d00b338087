import { useApi } from '../hooks.ts';
import type { Stats } from '../types.ts';

const n = (x: number) => x.toLocaleString('en-US');

export function StatsBar() {
  const { data } = useApi<Stats>('/stats');
  if (!data) return <p className="stats" />;
  return (
    <p className="stats">
      {n(data.articles)} articles · {n(data.events)} events · {n(data.clusters)} clusters
      {data.first_day ? ` · ${data.first_day} – ${data.last_day}` : ''}
    </p>
  );
}
