import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { BookedSession, EmailLayout, buttonStyle } from "./layout";

export type SessionChangedEmailProps = {
  partnershipName: string;
  name: string;
  title: string;
  reference: string;
  /** Where the person stands: a place, a request awaiting approval, a place held for them, the waiting list. */
  lead: string;
  /** What changed, each "was … / now …" in plain words. */
  changes: { label: string; was: string; now: string }[];
  /** The session as it now is. */
  when: string;
  where: string;
  /** A calendar file updating the booking's event is attached (only people who were sent one before). */
  calendarFile: boolean;
  /** What to do if they can still come, and if they cannot (and whether cancelling is free). */
  advice: string[];
  actionUrl: string;
  actionLabel: string;
};

/** The business unit changed a session's time, place or joining details: one email to each person booked or waiting. */
export function SessionChangedEmail(p: SessionChangedEmailProps) {
  return (
    <EmailLayout partnershipName={p.partnershipName} preview={`${p.title} has changed: ${p.changes.map((c) => c.label.toLowerCase()).join(", ")}`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        Your session has changed
      </Heading>
      <Text>Dear {p.name},</Text>
      <Text>{p.lead}</Text>
      <Heading as="h2" style={{ fontSize: "20px" }}>
        What has changed
      </Heading>
      {p.changes.map((c) => (
        <Text key={c.label}>
          <strong>{c.label}</strong>
          <br />
          Was: {c.was}
          <br />
          Now: {c.now}
        </Text>
      ))}
      <Heading as="h2" style={{ fontSize: "20px" }}>
        The session now
      </Heading>
      <BookedSession title={p.title} when={p.when} where={p.where} reference={p.reference} />
      {p.calendarFile ? <Text>The attached calendar file updates the session in your calendar.</Text> : null}
      {p.advice.map((t) => (
        <Text key={t}>{t}</Text>
      ))}
      <Button href={p.actionUrl} style={buttonStyle}>
        {p.actionLabel}
      </Button>
      <Text>Or copy this address into your browser: {p.actionUrl}</Text>
    </EmailLayout>
  );
}
