import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type CoSignRequestEmailProps = { partnershipName: string; learnerName: string; courseTitle: string; url: string; days: number };

/** To the line manager: read the learner's impact follow-up and co-sign it. */
export function CoSignRequestEmail({ partnershipName, learnerName, courseTitle, url, days }: CoSignRequestEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview={`${learnerName} asks you to co-sign their training follow-up`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        Please co-sign {learnerName}&apos;s training follow-up
      </Heading>
      <Text>
        {learnerName} has described how {courseTitle} has changed their practice and has asked you, as their line manager, to co-sign it.
      </Text>
      <Button href={url} style={buttonStyle}>
        Read and co-sign
      </Button>
      <Text>Or copy this address into your browser: {url}</Text>
      <Text>The link works for {days} days. If you do not manage this person, you can ignore this email.</Text>
    </EmailLayout>
  );
}
