// Which events can be one real-world event: same source, same target, same CAMEO root.
// A symmetric event (meet, talk, agree with each other) is the same event whichever side
// an outlet names first, so its pair is put in a fixed order.

export interface KeyedEvent {
  source: string;
  target: string;
  cameo: string;
  symmetric: boolean;
}

export function cameoRoot(cameo: string): string {
  return cameo.slice(0, 2);
}

export function clusterKey(e: KeyedEvent): string {
  const [a, b] = e.symmetric && e.target < e.source ? [e.target, e.source] : [e.source, e.target];
  return `${a}|${b}|${cameoRoot(e.cameo)}`;
}
