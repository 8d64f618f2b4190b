import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { myCheckIn } from "@/lib/attendance";
import { formatTime } from "@/lib/dates";
import { Panel } from "@/lib/ui/components";
import { isDbId } from "@/lib/ids";

export const metadata: Metadata = { title: "You are checked in" };

export default async function CheckedInPage({ searchParams }: { searchParams: Promise<{ session?: string }> }) {
  const { session } = await searchParams;
  const actor = await requirePageActor({ returnTo: "/check-in" });
  const mine = isDbId(Number(session)) ? await myCheckIn(actor, Number(session)) : null;
  if (!mine) {
    return (
      <>
        <h1 className="govuk-heading-l">You are not checked in</h1>
        <p className="govuk-body">
          <Link className="govuk-link" href="/check-in">
            Enter the check-in code
          </Link>
        </p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="You are checked in">
          {mine.title}
          <br />
          at {formatTime(mine.checkedInAt)}
        </Panel>
        <p className="govuk-body">Your attendance is recorded. After the session we will ask you how it went.</p>
      </div>
    </div>
  );
}
