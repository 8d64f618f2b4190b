import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { formatDate, parseLondonDate } from "@/lib/dates";
import { membershipStatistics } from "@/lib/membership";
import { BackLink, SummaryList, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Safer member counts" };

const day = (iso: string) => formatDate(parseLondonDate(iso)!);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export default async function MemberCountsPage() {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/safer/counts" });
  const { current, yearAgo, change, series } = await membershipStatistics(actor);
  const compare = (now: Map<string, number>, then: Map<string, number>) =>
    [...new Set([...now.keys(), ...then.keys()])].sort().map((key) => ({ key, now: now.get(key) ?? 0, then: then.get(key) ?? 0 }));
  const byDistrict = compare(new Map(current.byDistrict.map((r) => [r.district, r.members])), new Map(yearAgo.byDistrict.map((r) => [r.district, r.members])));
  const byType = compare(new Map(current.byType.map((r) => [r.orgType, r.members])), new Map(yearAgo.byType.map((r) => [r.orgType, r.members])));
  const breakdown = (caption: string, label: string, rows: { key: string; now: number; then: number }[]) => (
    <Table
      small
      caption={caption}
      rowKey={(r) => r.key}
      columns={[
        { header: label, cell: (r) => r.key },
        { header: "Members now", cell: (r) => r.now, numeric: true },
        { header: "A year ago", cell: (r) => r.then, numeric: true },
        { header: "Change", cell: (r) => signed(r.now - r.then), numeric: true },
      ]}
      rows={rows}
    />
  );
  return (
    <>
      <BackLink href="/admin/safer" />
      <h1 className="govuk-heading-l">Safer member counts</h1>
      <SummaryList
        rows={[
          { key: `Members now (${day(current.on)})`, value: <span data-testid="members-now">{current.total}</span> },
          { key: `A year ago (${day(yearAgo.on)})`, value: yearAgo.total },
          { key: "Change", value: signed(change) },
        ]}
      />
      {breakdown("Members by district", "District", byDistrict)}
      {breakdown("Members by type of organisation", "Type", byType)}
      <Table
        caption="Members at the end of each reporting year"
        rowKey={(p) => p.on}
        columns={[
          { header: "Date", cell: (p) => day(p.on) },
          { header: "Members", cell: (p) => p.members, numeric: true },
          { header: "Change", cell: (p) => (p.change == null ? "" : signed(p.change)), numeric: true },
        ]}
        rows={series}
      />
    </>
  );
}
