import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { devOutboxEnabled, listOutbox } from "@/lib/mail/outbox";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Development outbox" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devOutboxEnabled()) notFound();
  const { to } = await searchParams;
  const messages = await listOutbox(to || undefined);
  return (
    <>
      <h1 className="govuk-heading-l">Development outbox</h1>
      <p className="govuk-body">No mail server is set (SMTP_URL), so email is kept here instead of being sent.</p>
      <form method="get" className="app-filter govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="to">
            Recipient email address
          </label>
          <input className="govuk-input govuk-input--width-30" id="to" name="to" type="email" defaultValue={to ?? ""} />
        </div>
        <button className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" type="submit">
          Filter
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="govuk-body">No messages.</p>
      ) : (
        <ul className="govuk-list">
          {messages.map((m) => (
            <li key={m.id}>
              <Link className="govuk-link" href={`/dev/outbox/${m.id}`}>
                {m.subject}
              </Link>{" "}
              to {m.to}, {formatDateTime(m.sentAt)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
