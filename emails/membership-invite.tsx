import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type MembershipInviteEmailProps = { partnershipName: string; organisationName: string; invitedBy: string; url: string; days: number };

export function MembershipInviteEmail({ partnershipName, organisationName, invitedBy, url, days }: MembershipInviteEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview={`Join ${organisationName} on Safer`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        Join {organisationName} on Safer
      </Heading>
      <Text>
        {invitedBy} has invited you to be a contact for {organisationName} in the Safer programme. Contacts can download policy
        templates and record policy reviews for the organisation.
      </Text>
      <Text>Sign in with this email address, then accept the invitation. The link expires in {days} days.</Text>
      <Button href={url} style={buttonStyle}>
        Accept the invitation
      </Button>
      <Text>If you were not expecting this, you can ignore this email.</Text>
    </EmailLayout>
  );
}
