import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { BookedSession, EmailLayout, buttonStyle } from "./layout";

export type BookingUpdateEmailProps = {
  partnershipName: string;
  name: string;
  heading: string;
  paragraphs: string[];
  title: string;
  when: string;
  reference: string;
  myLearningUrl: string;
};

/** Plain news about a booking: requested, waiting list, declined, offer lapsed, cancelled, transferred. */
export function BookingUpdateEmail(p: BookingUpdateEmailProps) {
  return (
    <EmailLayout partnershipName={p.partnershipName} preview={`${p.heading}: ${p.title}`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {p.heading}
      </Heading>
      <Text>Dear {p.name},</Text>
      <BookedSession title={p.title} when={p.when} reference={p.reference} />
      {p.paragraphs.map((t) => (
        <Text key={t}>{t}</Text>
      ))}
      <Button href={p.myLearningUrl} style={buttonStyle}>
        Go to my learning
      </Button>
      <Text>Or copy this address into your browser: {p.myLearningUrl}</Text>
    </EmailLayout>
  );
}
