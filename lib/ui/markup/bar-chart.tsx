/** @jsxImportSource preact */
// A simple bar chart as inline SVG. It is one image to assistive technology (role="img" with a label); the
// page puts a table with the same numbers right beside it, which is how screen-reader users get the data.
import type { ComponentChildren } from "preact";
import { barLengths, ticks, truncateLabel } from "../chart";
import { toHtml } from "./render";

export type BarDatum = { label: string; value: number };

const TEXT = "#0b0c0c";
const GRID = "#b1b4b6";

/** The chart's <svg> as HTML ("" when there is no data). */
export function barChartHtml({ title, data, orientation = "horizontal" }: { title: string; data: readonly BarDatum[]; orientation?: "horizontal" | "vertical" }): string {
  if (!data.length) return "";
  return toHtml(orientation === "horizontal" ? <HorizontalBars title={title} data={data} /> : <VerticalBars title={title} data={data} />);
}

// Shared presentation attributes sit once on a group (text inherits font size, fill and anchor; grid lines
// their stroke), and coordinates are rounded, so the markup stays small.
const r1 = (n: number) => Math.round(n * 10) / 10;

function Svg({ title, width, height, children }: { title: string; width: number; height: number; children: ComponentChildren }) {
  return (
    <svg class="app-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} width="100%" preserveAspectRatio="xMinYMin meet" font-family="arial, sans-serif" font-size={12} fill={TEXT}>
      <title>{title}</title>
      {children}
    </svg>
  );
}

function HorizontalBars({ title, data }: { title: string; data: readonly BarDatum[] }) {
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
  ).map(r1);
  const tickValues = ticks(Math.max(0, ...data.map((d) => d.value)));
  const tickX = (i: number) => r1(labelWidth + (plot * i) / (tickValues.length - 1));
  return (
    <Svg title={title} width={width} height={height}>
      <g stroke={GRID}>
        {tickValues.map((_, i) => (
          <line x1={tickX(i)} x2={tickX(i)} y1={top} y2={top + data.length * row} />
        ))}
      </g>
      <g text-anchor="middle">
        {tickValues.map((t, i) => (
          <text x={tickX(i)} y={height - 6}>
            {formatTick(t)}
          </text>
        ))}
      </g>
      <g text-anchor="end">
        {data.map((d, i) => (
          <text x={labelWidth - 8} y={top + i * row + row / 2 + 4}>
            {truncateLabel(d.label, 30)}
          </text>
        ))}
      </g>
      {data.map((d, i) => {
        const y = top + i * row;
        return (
          <>
            <rect class="app-chart-bar" x={labelWidth} y={y + 4} width={Math.max(0, lengths[i])} height={row - 8} />
            <text x={labelWidth + lengths[i] + 4} y={y + row / 2 + 4}>
              {d.value}
            </text>
          </>
        );
      })}
    </Svg>
  );
}

function VerticalBars({ title, data }: { title: string; data: readonly BarDatum[] }) {
  const width = 640;
  const height = 260;
  const left = 40;
  const top = 20;
  const bottom = data.length > 12 ? 64 : 40;
  const plotH = height - top - bottom;
  const slot = (width - left) / data.length;
  const barW = r1(Math.max(4, slot * 0.7));
  const lengths = barLengths(
    data.map((d) => d.value),
    plotH,
  ).map(r1);
  const tickValues = ticks(Math.max(0, ...data.map((d) => d.value)));
  const tickY = (i: number) => r1(top + plotH - (plotH * i) / (tickValues.length - 1));
  const rotate = data.length > 12;
  const ly = top + plotH + 16;
  return (
    <Svg title={title} width={width} height={height}>
      <g stroke={GRID}>
        {tickValues.map((_, i) => (
          <line x1={left} x2={width} y1={tickY(i)} y2={tickY(i)} />
        ))}
      </g>
      <g text-anchor="end">
        {tickValues.map((t, i) => (
          <text x={left - 6} y={tickY(i) + 4}>
            {formatTick(t)}
          </text>
        ))}
      </g>
      <g font-size={11} text-anchor="middle">
        {data.map((d, i) => {
          const x = r1(left + i * slot + (slot - barW) / 2);
          const h = lengths[i];
          const cx = r1(x + barW / 2);
          return (
            <>
              <rect class="app-chart-bar" x={x} y={r1(top + plotH - h)} width={barW} height={h} />
              <text x={cx} y={r1(top + plotH - h - 4)}>
                {d.value}
              </text>
              <text x={cx} y={ly} text-anchor={rotate ? "end" : undefined} transform={rotate ? `rotate(-45 ${cx} ${ly})` : undefined}>
                {d.label}
              </text>
            </>
          );
        })}
      </g>
    </Svg>
  );
}

function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
