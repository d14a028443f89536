import type { Timeline } from './api.ts';

const QUAD_COLOURS: Record<string, string> = {
  'verbal cooperation': '#8bc48e',
  'material cooperation': '#2e7d32',
  'verbal conflict': '#f2a65a',
  'material conflict': '#c62828',
};
const PALETTE = ['#1f5fbf', '#7b3fb5', '#00838f', '#b26a00', '#c62828', '#2e7d32', '#5b6673', '#d81b60', '#6d4c41', '#3949ab', '#00897b', '#f4511e', '#8e24aa', '#43a047', '#fb8c00', '#546e7a'];

export function seriesColour(timeline: Timeline, series: string): string {
  return QUAD_COLOURS[series] ?? PALETTE[timeline.series.indexOf(series) % PALETTE.length];
}

const [WIDTH, HEIGHT, LEFT, BOTTOM, TOP] = [480, 200, 30, 24, 8];

/** Stacked bars of events per period; clicking a day or month filters the events to it. */
export function TimelineChart({ timeline, onPeriod }: { timeline: Timeline; onPeriod: (period: string) => void }) {
  const { buckets } = timeline;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.total));
  const plotWidth = WIDTH - LEFT - 4;
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const step = plotWidth / Math.max(1, buckets.length);
  const barWidth = Math.max(1, Math.min(40, step * 0.8));
  const labelEvery = Math.ceil(buckets.length / 5);
  const clickable = timeline.interval !== 'week';
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  const present = timeline.series.filter((series) => buckets.some((bucket) => bucket.counts[series]));
  return (
    <div class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Events over time">
        {ticks.map((tick) => {
          const y = TOP + plotHeight - (tick / max) * plotHeight;
          return (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH} y1={y} y2={y} stroke="#e6e9ed" />
              <text x={LEFT - 6} y={y + 4} font-size="11" text-anchor="end" fill="#5b6673">{tick}</text>
            </g>
          );
        })}
        {buckets.map((bucket, i) => {
          const x = LEFT + i * step + (step - barWidth) / 2;
          let y = TOP + plotHeight;
          return (
            <g key={bucket.period} class="bar" style={{ cursor: clickable ? 'pointer' : 'default' }} onClick={clickable ? () => onPeriod(bucket.period) : undefined}>
              <title>{`${bucket.period}: ${bucket.total} event${bucket.total === 1 ? '' : 's'}${Object.entries(bucket.counts).map(([s, n]) => `\n${s}: ${n}`).join('')}`}</title>
              <rect x={LEFT + i * step} y={TOP} width={step} height={plotHeight} fill="transparent" />
              {timeline.series.map((series) => {
                const count = bucket.counts[series];
                if (!count) return null;
                const height = (count / max) * plotHeight;
                y -= height;
                return <rect key={series} x={x} y={y} width={barWidth} height={height} fill={seriesColour(timeline, series)} />;
              })}
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 8} font-size="11" text-anchor="middle" fill="#5b6673">{bucket.period}</text>
              )}
            </g>
          );
        })}
      </svg>
      <div class="graph-legend">
        {present.map((series) => (
          <span key={series}>
            <span class="swatch" style={{ background: seriesColour(timeline, series) }} /> {series}
          </span>
        ))}
        {timeline.undated > 0 && <span>{timeline.undated} without a date</span>}
      </div>
    </div>
  );
}
