// A simple bar chart as inline SVG. It is one image to assistive technology (role="img" with a label); the
// page puts a table with the same numbers right beside it, which is how screen-reader users get the data.
import { barLengths, ticks, truncateLabel } from "./chart";

export type BarDatum = { label: string; value: number };

const TEXT = "#0b0c0c";
const GRID = "#b1b4b6";

export function BarChart({ title, data, orientation = "horizontal" }: { title: string; data: BarDatum[]; orientation?: "horizontal" | "vertical" }) {
  if (!data.length) return null;
  return orientation === "horizontal" ? <HorizontalBars title={title} data={data} /> : <VerticalBars title={title} data={data} />;
}

function HorizontalBars({ title, data }: { title: string; data: BarDatum[] }) {
  const width = 640;
  const labelWidth = 210;
  const valueWidth = 48;
  const row = 24;
  const top = 8;
  const axis = 24;
  const plot = width - labelWidth - valueWidth;
  const height = top + data.length * row + axis;
  const lengths = barLengths(
    data.map((d) => d.value),
    plot,
  );
  const tickValues = ticks(Math.max(0, ...data.map((d) => d.value)));
  return (
    <svg className="app-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} width="100%" preserveAspectRatio="xMinYMin meet" fontFamily="arial, sans-serif">
      <title>{title}</title>
      {tickValues.map((t, i) => {
        const x = labelWidth + (plot * i) / (tickValues.length - 1);
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={top} y2={top + data.length * row} stroke={GRID} strokeWidth={1} />
            <text x={x} y={height - 6} fontSize={12} fill={TEXT} textAnchor="middle">
              {formatTick(t)}
            </text>
          </g>
        );
      })}
      {data.map((d, i) => {
        const y = top + i * row;
        return (
          <g key={`${d.label}-${i}`}>
            <text x={labelWidth - 8} y={y + row / 2 + 4} fontSize={12} fill={TEXT} textAnchor="end">
              {truncateLabel(d.label, 30)}
            </text>
            <rect className="app-chart-bar" x={labelWidth} y={y + 4} width={Math.max(0, lengths[i])} height={row - 8} />
            <text x={labelWidth + lengths[i] + 4} y={y + row / 2 + 4} fontSize={12} fill={TEXT}>
              {d.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function VerticalBars({ title, data }: { title: string; data: BarDatum[] }) {
  const width = 640;
  const height = 260;
  const left = 40;
  const top = 20;
  const bottom = data.length > 12 ? 64 : 40;
  const plotH = height - top - bottom;
  const slot = (width - left) / data.length;
  const barW = Math.max(4, slot * 0.7);
  const lengths = barLengths(
    data.map((d) => d.value),
    plotH,
  );
  const tickValues = ticks(Math.max(0, ...data.map((d) => d.value)));
  const rotate = data.length > 12;
  return (
    <svg className="app-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} width="100%" preserveAspectRatio="xMinYMin meet" fontFamily="arial, sans-serif">
      <title>{title}</title>
      {tickValues.map((t, i) => {
        const y = top + plotH - (plotH * i) / (tickValues.length - 1);
        return (
          <g key={t}>
            <line x1={left} x2={width} y1={y} y2={y} stroke={GRID} strokeWidth={1} />
            <text x={left - 6} y={y + 4} fontSize={12} fill={TEXT} textAnchor="end">
              {formatTick(t)}
            </text>
          </g>
        );
      })}
      {data.map((d, i) => {
        const x = left + i * slot + (slot - barW) / 2;
        const h = lengths[i];
        const cx = x + barW / 2;
        const ly = top + plotH + 16;
        return (
          <g key={`${d.label}-${i}`}>
            <rect className="app-chart-bar" x={x} y={top + plotH - h} width={barW} height={h} />
            <text x={cx} y={top + plotH - h - 4} fontSize={11} fill={TEXT} textAnchor="middle">
              {d.value}
            </text>
            <text x={cx} y={ly} fontSize={11} fill={TEXT} textAnchor={rotate ? "end" : "middle"} transform={rotate ? `rotate(-45 ${cx} ${ly})` : undefined}>
              {d.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
