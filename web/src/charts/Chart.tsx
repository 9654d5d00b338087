// One ECharts instance in a div: created once, given each new option whole, resized with its
// box. Tooltips are drawn on the canvas (richText), so no chart ever writes HTML.
import { useEffect, useRef } from 'react';
import { type EChartsOption, echarts } from './echarts.ts';

// biome-ignore lint/suspicious/noExplicitAny: ECharts event params are untyped
export type ChartHandlers = Record<string, (params: any) => void>;

export function Chart({
  option,
  on,
  label,
  className = 'chart',
}: {
  option: EChartsOption;
  on?: ChartHandlers;
  label: string;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !on) return;
    for (const [name, fn] of Object.entries(on)) c.on(name, fn);
    return () => {
      for (const [name, fn] of Object.entries(on)) c.off(name, fn);
    };
  }, [on]);

  return <div ref={box} className={className} role="img" aria-label={label} />;
}
