import * as React from "react";
import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import { venueLine } from "@/lib/catalogue/venue";

export type JoiningInstructionsProps = {
  mode: "venue" | "online";
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
};

/** Where to go (or the link to join), repeated in every reminder. */
export function JoiningInstructions({ mode, venueName, venueAddress, onlineUrl }: JoiningInstructionsProps) {
  return (
    <>
      <Heading as="h2" style={{ fontSize: "20px" }}>
        How to join
      </Heading>
      {mode === "online" ? (
        onlineUrl ? (
          <Text>
            This session is online. Join it here: <Link href={onlineUrl}>{onlineUrl}</Link>. Please join 5 minutes early to check your
            sound and camera.
          </Text>
        ) : (
          <Text>This session is online. The trainer will send the joining link before it starts.</Text>
        )
      ) : (
        <Text>
          Venue: {venueLine(venueName, venueAddress) || "to be confirmed"}. Please arrive 10 minutes early to sign in: attendance is only recorded when you
          check in.
        </Text>
      )}
      <Text>The calendar file attached to this email adds the session to your calendar.</Text>
    </>
  );
}

/** What every reminder says about the booking. */
export type ReminderBaseProps = JoiningInstructionsProps & {
  partnershipName: string;
  personName: string | null;
  opportunityTitle: string;
  /** "Tuesday 3 March 2026, 9:30am to 4:30pm" */
  when: string;
  reference: string;
  /** "£50.00", or null when missing a place costs nothing. */
  charge: string | null;
};

export type ReminderJoiningEmailProps = ReminderBaseProps & { myLearningUrl: string };

/** A later reminder (by default 2 days before): the joining instructions again. */
export function ReminderJoiningEmail(props: ReminderJoiningEmailProps) {
  const { partnershipName, personName, opportunityTitle, when, reference, charge, myLearningUrl } = props;
  return (
    <EmailLayout partnershipName={partnershipName} preview={`${opportunityTitle}: ${when}`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        Your session is coming up: {opportunityTitle}
      </Heading>
      <Text>{personName ? `Dear ${personName},` : "Hello,"}</Text>
      <Text>
        This is a reminder that you have a place on {opportunityTitle} on {when}. Your booking reference is {reference}.
      </Text>
      <JoiningInstructions {...props} />
      <Text>
        If you can no longer come, cancel in My learning ({myLearningUrl}) or send a colleague in your place.
        {charge ? ` A place that is not used costs ${charge}, charged to your organisation.` : ""}
      </Text>
    </EmailLayout>
  );
}
