import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { BookedSession, EmailLayout, buttonStyle } from "./layout";

export type BookingConfirmedEmailProps = {
  partnershipName: string;
  name: string;
  title: string;
  when: string;
  where: string;
  reference: string;
  /** Why this confirmation: a booking, an approval, a claimed offer or a colleague's substitution. */
  lead: string;
  /** Until when cancelling online is free; null when that time had already passed at booking (a late booking). */
  cancelBy: string | null;
  myLearningUrl: string;
};

export function BookingConfirmedEmail(p: BookingConfirmedEmailProps) {
  return (
    <EmailLayout partnershipName={p.partnershipName} preview={`Your place on ${p.title} is confirmed`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        Your place is confirmed
      </Heading>
      <Text>Dear {p.name},</Text>
      <Text>{p.lead}</Text>
      <BookedSession title={p.title} when={p.when} where={p.where} reference={p.reference} />
      <Text>The attached calendar file adds the session to your calendar.</Text>
      <Text>
        If you cannot come, cancel or send a colleague from your organisation instead, so the place is not wasted.{" "}
        {p.cancelBy
          ? `You can cancel online without a charge until ${p.cancelBy}; after that a late cancellation charge may apply.`
          : "The time to cancel without a charge has already passed, so a cancellation now may be charged: sending a colleague is free."}
      </Text>
      <Button href={p.myLearningUrl} style={buttonStyle}>
        Go to my learning
      </Button>
      <Text>Or copy this address into your browser: {p.myLearningUrl}</Text>
    </EmailLayout>
  );
}
