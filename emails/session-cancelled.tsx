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
};

export function SessionCancelledEmail({ partnershipName, personName, opportunityTitle, when, reason, reference, catalogueUrl }: SessionCancelledEmailProps) {
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
      <Text>You can book another date in the catalogue: {catalogueUrl}</Text>
    </EmailLayout>
  );
}
