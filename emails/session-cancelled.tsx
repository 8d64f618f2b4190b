import * as React from "react";
import { Heading, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type SessionCancelledEmailProps = {
  partnershipName: string;
  personName: string | null;
  opportunityTitle: string;
  when: string;
  reason: string;
  reference: string;
  catalogueUrl: string;
  /** A calendar file that removes the session from the person's calendar is attached. */
  calendarFile?: boolean;
};

export function SessionCancelledEmail({ partnershipName, personName, opportunityTitle, when, reason, reference, catalogueUrl, calendarFile }: SessionCancelledEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview={`${opportunityTitle} on ${when} is cancelled`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {opportunityTitle} is cancelled
      </Heading>
      <Text>{personName ? `Dear ${personName},` : "Hello,"}</Text>
      <Text>
        We are sorry: the session of {opportunityTitle} on {when} has been cancelled. Your booking ({reference}) is cancelled and
        you will not be charged.
      </Text>
      {reason ? <Text>Reason: {reason}</Text> : null}
      {calendarFile ? <Text>The attached calendar file removes the session from your calendar.</Text> : null}
      <Text>You can book another date in the catalogue: {catalogueUrl}</Text>
    </EmailLayout>
  );
}
