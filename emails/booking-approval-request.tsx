import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type BookingApprovalRequestEmailProps = {
  partnershipName: string;
  learnerName: string;
  learnerEmail: string;
  title: string;
  when: string;
  reason: string;
  url: string;
  reminder: boolean;
};

export function BookingApprovalRequestEmail(p: BookingApprovalRequestEmailProps) {
  return (
    <EmailLayout partnershipName={p.partnershipName} preview={`${p.learnerName} needs your approval to attend ${p.title}`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {p.reminder ? "Reminder: a booking is waiting for your approval" : "A booking needs your approval"}
      </Heading>
      <Text>
        {p.learnerName} ({p.learnerEmail}) has asked for a place on <strong>{p.title}</strong>, {p.when}. They named you as their line
        manager.
      </Text>
      <Text>Approval is needed because {p.reason}.</Text>
      <Text>The place is held for them until you decide. If you decline, it goes to the next person on the waiting list.</Text>
      <Button href={p.url} style={buttonStyle}>
        Approve or decline
      </Button>
      <Text>Or copy this address into your browser: {p.url}</Text>
      <Text>If you are not {p.learnerName}&apos;s line manager, decline the booking.</Text>
    </EmailLayout>
  );
}
