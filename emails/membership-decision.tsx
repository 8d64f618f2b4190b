import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type MembershipDecisionEmailProps = {
  partnershipName: string;
  organisationName: string;
  approved: boolean;
  /** Approved: "1 July 2026 to 1 July 2027". */
  period?: string;
  fee?: string;
  reason?: string;
  url: string;
};

export function MembershipDecisionEmail({ partnershipName, organisationName, approved, period, fee, reason, url }: MembershipDecisionEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview={approved ? "Your Safer membership is approved" : "Your Safer membership application"}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {approved ? `${organisationName} is now a Safer member` : `Safer membership application for ${organisationName}`}
      </Heading>
      {approved ? (
        <>
          <Text>Your membership runs from {period}.</Text>
          {fee ? <Text>Membership fee: {fee}.</Text> : null}
          <Text>You can now download policy templates from the Safer policy library and book Safer workshops.</Text>
        </>
      ) : (
        <>
          <Text>We are sorry, we could not approve your application.</Text>
          <Text>Reason: {reason}</Text>
          <Text>If you have questions, contact the business unit: its details are on the help page of this service. Replies to this email are not read.</Text>
        </>
      )}
      <Button href={url} style={buttonStyle}>
        Go to Safer
      </Button>
    </EmailLayout>
  );
}
