import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type ImpactRequestEmailProps = { partnershipName: string; name: string | null; courseTitle: string; sessionDate: string; url: string };

/** The follow-up months after a course: what has changed in the person's practice. */
export function ImpactRequestEmail({ partnershipName, name, courseTitle, sessionDate, url }: ImpactRequestEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview={`What has changed since ${courseTitle}?`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        What has changed since {courseTitle}?
      </Heading>
      <Text>{name ? `Dear ${name},` : "Hello,"}</Text>
      <Text>
        You came to {courseTitle} on {sessionDate}. We would like to know what has changed in your practice since then, with an example. You
        can ask your line manager to co-sign your answer.
      </Text>
      <Button href={url} style={buttonStyle}>
        Tell us about the impact
      </Button>
      <Text>Or copy this address into your browser: {url}</Text>
      <Text>You will be asked to sign in first.</Text>
    </EmailLayout>
  );
}
