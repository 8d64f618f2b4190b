import * as React from "react";
import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";
import { JoiningInstructions, type ReminderBaseProps } from "./reminder-joining";

export type ReminderConfirmEmailProps = ReminderBaseProps & {
  /** People on the waiting list for this session now. */
  waitingCount: number;
  /** "Thursday 26 February 2026": releasing the place is free before that day; null if that time has passed. */
  freeReleaseUntil: string | null;
  confirmUrl: string;
  releaseUrl: string;
  /** The person already confirmed (buttons are then not needed). */
  alreadyConfirmed: boolean;
};

const releaseButton = { ...buttonStyle, backgroundColor: "#f3f2f1", color: "#0b0c0c" };
const buttonRow = { margin: "12px 0" };

/** The first reminder (by default 7 days before): confirm you will come, or release the place for someone else. */
export function ReminderConfirmEmail(props: ReminderConfirmEmailProps) {
  const { partnershipName, personName, opportunityTitle, when, reference, charge, waitingCount, freeReleaseUntil, confirmUrl, releaseUrl, alreadyConfirmed } = props;
  const waiting = waitingCount === 1 ? "1 person is" : `${waitingCount} people are`;
  return (
    <EmailLayout partnershipName={partnershipName} preview={alreadyConfirmed ? `${opportunityTitle}: ${when}` : `Can you still come to ${opportunityTitle}?`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {alreadyConfirmed ? `Your session is coming up: ${opportunityTitle}` : `Can you still come to ${opportunityTitle}?`}
      </Heading>
      <Text>{personName ? `Dear ${personName},` : "Hello,"}</Text>
      <Text>
        You have a place on {opportunityTitle} on {when}. Your booking reference is {reference}.
      </Text>
      {alreadyConfirmed ? (
        <Text>Thank you for confirming that you will attend.</Text>
      ) : (
        <>
          <Text>
            <strong>Please tell us now whether you will attend.</strong> Each link below opens a page where you press one button to
            finish.
          </Text>
          <Text>
            {charge ? `A place that is booked but not used costs ${charge}, charged to your organisation` : "A place that is booked but not used is wasted"}
            {waitingCount > 0 ? `, and ${waiting} waiting for a place on this session.` : "."}
            {freeReleaseUntil
              ? ` Releasing your place is free if you do it before ${freeReleaseUntil}.`
              : " The time to release your place without a charge has passed: releasing it now counts as a late cancellation and may be charged. Sending a colleague from your organisation instead is free."}
          </Text>
          <Section style={buttonRow}>
            <Button href={confirmUrl} style={buttonStyle}>
              Yes, I will attend
            </Button>
          </Section>
          <Section style={buttonRow}>
            <Button href={releaseUrl} style={releaseButton}>
              No, release my place
            </Button>
          </Section>
        </>
      )}
      <JoiningInstructions {...props} />
    </EmailLayout>
  );
}
