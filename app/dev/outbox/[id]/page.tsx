import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, SummaryList } from "@/lib/ui/components";
import { devOutboxEnabled, getOutboxMessage } from "@/lib/mail/outbox";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Outbox message" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!devOutboxEnabled()) notFound();
  const id = Number((await params).id);
  const m = Number.isInteger(id) ? await getOutboxMessage(id) : null;
  if (!m) notFound();
  const links = Array.from(new Set(m.text.match(/https?:\/\/[^\s\]<>)"]+/g) ?? []));
  return (
    <>
      <BackLink href={`/dev/outbox?to=${encodeURIComponent(m.to)}`}>Back to outbox</BackLink>
      <h1 className="govuk-heading-l">{m.subject}</h1>
      <SummaryList
        rows={[
          { key: "To", value: m.to },
          { key: "Sent", value: formatDateTime(m.sentAt) },
          { key: "Attachments", value: m.attachments.length ? m.attachments.map((a) => a.filename).join(", ") : "None" },
        ]}
      />
      {links.length ? (
        <>
          <h2 className="govuk-heading-m">Links in this message</h2>
          <ul className="govuk-list">
            {links.map((l) => (
              <li key={l}>
                <a className="govuk-link" href={l}>
                  {l}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Plain text</h2>
      <pre className="govuk-body app-pre-wrap">
        {m.text}
      </pre>
    </>
  );
}
