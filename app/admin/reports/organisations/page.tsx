import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { AttendanceBreakdownPage, ATTENDANCE_BREAKDOWNS } from "../_components/report-parts";

const { title, path } = ATTENDANCE_BREAKDOWNS.agency;
export const metadata: Metadata = { title };

export default async function AttendanceByOrganisationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: path });
  return <AttendanceBreakdownPage actor={actor} breakdown="agency" searchParams={await searchParams} />;
}
