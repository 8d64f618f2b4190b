// A bar chart of a report: the SVG is rendered once as HTML (lib/ui/markup explains why) inside this wrapper.
import { barChartHtml, type BarDatum } from "./markup";

export type { BarDatum };

export function BarChart(props: { title: string; data: readonly BarDatum[]; orientation?: "horizontal" | "vertical" }) {
  const html = barChartHtml(props);
  return html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : null;
}
