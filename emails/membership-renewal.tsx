import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type MembershipRenewalEmailProps = {
  partnershipName: string;
  organisationName: string;
  /** "Tuesday 30 June 2026" */
  endsOn: string;
  /** null: the membership has lapsed. */
  daysLeft: number | null;
  url: string;
};

/** A renewal notice before the end date, or the notice that the membership has lapsed. */
export function MembershipRenewalEmail({ partnershipName, organisationName, endsOn, daysLeft, url }: MembershipRenewalEmailProps) {
  const lapsed = daysLeft == null;
  return (
    <EmailLayout partnershipName={partnershipName} preview={lapsed ? "Your Safer membership has lapsed" : "Renew your Safer membership"}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {lapsed ? `Safer membership for ${organisationName} has lapsed` : `Renew Safer membership for ${organisationName}`}
      </Heading>
      {lapsed ? (
        <Text>
          Your membership ended on {endsOn}. Until you renew, your contacts cannot download policy templates or book members-only
          workshops. You can renew online for a short time after it lapses.
        </Text>
      ) : (
        <Text>
          Your membership ends on {endsOn}, in {daysLeft} {daysLeft === 1 ? "day" : "days"}. Renew now to keep access to the policy
          library and members-only workshops. The new year starts when the current one ends, so renewing early loses nothing.
        </Text>
      )}
      <Button href={url} style={buttonStyle}>
        Renew membership
      </Button>
    </EmailLayout>
  );
}
