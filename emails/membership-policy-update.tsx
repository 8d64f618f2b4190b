import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type MembershipPolicyUpdateEmailProps = {
  partnershipName: string;
  organisationName: string;
  resourceTitle: string;
  version: number;
  changeSummary: string;
  url: string;
};

/** A policy template the organisation downloaded has a new version. */
export function MembershipPolicyUpdateEmail({ partnershipName, organisationName, resourceTitle, version, changeSummary, url }: MembershipPolicyUpdateEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview={`${resourceTitle} has been updated`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {resourceTitle}: version {version}
      </Heading>
      <Text>
        {organisationName} downloaded an earlier version of this policy template. A new version has been published. What changed:
      </Text>
      <Text>{changeSummary}</Text>
      <Text>Review your own policy against the new template and record the review in Safer.</Text>
      <Button href={url} style={buttonStyle}>
        Open the policy library
      </Button>
    </EmailLayout>
  );
}
