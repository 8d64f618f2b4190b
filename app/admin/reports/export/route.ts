// CSV download of any report table. A route handler is a public GET: it checks the admin again and reads the
// same filters as the page, so the file holds exactly the numbers on screen.
import { NextResponse, type NextRequest } from "next/server";
import { csvResponse } from "@/lib/ui/csv-response";
import { AuthorizationError, currentActor } from "@/lib/auth";
import {
  annualSummary,
  annualSummaryCsv,
  attendanceCsv,
  attendanceReport,
  ATTENDANCE_TABLES,
  impactCsv,
  impactReport,
  IMPACT_TABLES,
  parseReportFilters,
  type AttendanceTable,
  type ImpactTable,
} from "@/lib/reports";

export const dynamic = "force-dynamic";

function csv(fileName: string, body: string): Response {
  return csvResponse(body, fileName);
}

export async function GET(req: NextRequest) {
  const params = Object.fromEntries(req.nextUrl.searchParams.entries());
  try {
    const actor = await currentActor();
    if (!actor) throw new AuthorizationError("Sign in to continue", 401);
    const { filters, errors } = parseReportFilters(params);
    if (Object.keys(errors).length) return new NextResponse(`Bad filters: ${Object.values(errors).join("; ")}`, { status: 400 });
    const table = params.table ?? "";
    if (params.report === "attendance" && Object.hasOwn(ATTENDANCE_TABLES, table)) {
      const f = attendanceCsv(await attendanceReport(actor, filters), table as AttendanceTable);
      return csv(f.fileName, f.body);
    }
    if (params.report === "impact" && Object.hasOwn(IMPACT_TABLES, table)) {
      const f = impactCsv(await impactReport(actor, filters), table as ImpactTable);
      return csv(f.fileName, f.body);
    }
    if (params.report === "annual" && /^\d{4}$/.test(params.year ?? "")) {
      const s = await annualSummary(actor, Number(params.year));
      if (!s) return new NextResponse("That reporting year has not started", { status: 404 });
      const f = annualSummaryCsv(s);
      return csv(f.fileName, f.body);
    }
    return new NextResponse("Unknown report or table", { status: 404 });
  } catch (e) {
    if (e instanceof AuthorizationError) return new NextResponse(e.message, { status: e.status });
    throw e;
  }
}
