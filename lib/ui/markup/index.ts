// Large, never-interactive parts of server-rendered pages (report tables, charts, long option lists) are
// rendered here to one HTML string each, with preact-render-to-string (which escapes text and attributes), and
// placed by the React page with dangerouslySetInnerHTML.
// Why: Next renders every React element of a page three times (the RSC payload, decoding it, the HTML) and
// sends it twice. The attendance report overview has ~900 cells, bars and options; as React elements they were
// about 40% of its CPU per request (bench: ~30 → ~16 ms). As strings they cost well under a millisecond.
// Only for content with no event handlers or client state: it is plain HTML once it leaves the server.
export { barChartHtml, type BarDatum } from "./bar-chart";
export { optionsHtml, type Option } from "./options";
export { reportTableHtml, type TableColumn } from "./report-table";
