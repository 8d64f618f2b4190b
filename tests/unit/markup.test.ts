import { describe, expect, it } from "vitest";
import { barChartHtml, optionsHtml, reportTableHtml } from "@/lib/ui/markup";

describe("static markup (report tables, charts and option lists as HTML strings)", () => {
  it("escapes text and attributes, so a hostile name shows as text", () => {
    const html = reportTableHtml({
      caption: 'Sign-ups <script>alert(1)</script>',
      first: "Organisation",
      columns: [{ header: "Sign-ups", value: (r: { n: number }) => r.n }],
      rows: [{ key: "1", label: '<img src=x onerror="alert(1)">', n: 7 }],
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script>");
    expect(html).toContain('<th scope="row">&lt;img src=x onerror=&quot;alert(1)&quot;></th><td>7</td>');
  });

  it("renders a GOV.UK-styled table with a caption, column headers and row headers", () => {
    const html = reportTableHtml({
      caption: "Attendance by sector",
      first: "Sector",
      columns: [
        { header: "Sign-ups", value: (r: { a: number; b: string }) => r.a },
        { header: "No-show rate", value: (r: { a: number; b: string }) => r.b },
      ],
      rows: [
        { key: "h", label: "Health", a: 12, b: "25%" },
        { key: "e", label: "Education", a: 3, b: "0%" },
      ],
    });
    expect(html).toBe(
      '<table class="govuk-table app-report-table"><caption class="govuk-table__caption govuk-table__caption--s">Attendance by sector</caption>' +
        '<thead><tr><th scope="col">Sector</th><th scope="col">Sign-ups</th><th scope="col">No-show rate</th></tr></thead>' +
        '<tbody><tr><th scope="row">Health</th><td>12</td><td>25%</td></tr><tr><th scope="row">Education</th><td>3</td><td>0%</td></tr></tbody></table>',
    );
  });

  it("marks only the chosen option selected and escapes labels", () => {
    const html = optionsHtml(
      [
        { value: "", label: "All organisations" },
        { value: "4", label: "Smith & Sons" },
        { value: "5", label: 'The "Best" <School>' },
      ],
      "5",
    );
    expect(html.match(/<option/g)).toHaveLength(3);
    expect(html.match(/selected/g)).toHaveLength(1);
    expect(html).toContain('<option value="5" selected>The &quot;Best&quot; &lt;School></option>');
    expect(html).toContain('<option value="4">Smith &amp; Sons</option>');
    expect(optionsHtml([{ value: "", label: "All" }], "")).toMatch(/^<option value(="")? selected>All<\/option>$/);
  });

  it("draws one labelled bar per value, as one image with a title, and nothing without data", () => {
    const html = barChartHtml({ title: "Sign-ups by sector", data: [{ label: "Health", value: 10 }, { label: "Police", value: 5 }] });
    expect(html).toMatch(/^<svg class="app-chart"[^>]* role="img" aria-label="Sign-ups by sector"/);
    expect(html).toContain("<title>Sign-ups by sector</title>");
    expect(html.match(/<rect class="app-chart-bar"/g)).toHaveLength(2);
    expect(html).toContain('text-anchor="end"');
    // The longest bar fills the plot (640 − 210 label − 48 value = 382 px) and the other is half of it.
    expect(html).toContain('width="382"');
    expect(html).toContain('width="191"');
    const vertical = barChartHtml({ title: "By month", orientation: "vertical", data: Array.from({ length: 14 }, (_, i) => ({ label: `M${i}`, value: i })) });
    expect(vertical.match(/<rect/g)).toHaveLength(14);
    expect(vertical).toContain('transform="rotate(-45');
    expect(barChartHtml({ title: "Empty", data: [] })).toBe("");
  });
});
