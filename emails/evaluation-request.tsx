import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type EvaluationRequestEmailProps = { partnershipName: string; name: string | null; courseTitle: string; sessionDate: string; url: string; certificate: boolean };

/** After the register closes: the post-course questionnaire (and the certificate it releases). */
export function EvaluationRequestEmail({ partnershipName, name, courseTitle, sessionDate, url, certificate }: EvaluationRequestEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview={`Tell us about ${courseTitle}`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        Tell us about {courseTitle}
      </Heading>
      <Text>{name ? `Dear ${name},` : "Hello,"}</Text>
      <Text>
        Thank you for coming to {courseTitle} on {sessionDate}. Please answer three short questions about what you learned. It takes about
        two minutes and helps us show the partnership board what training changes.
      </Text>
      {certificate ? <Text>Your certificate of attendance will be ready to download as soon as you have answered.</Text> : null}
      <Button href={url} style={buttonStyle}>
        Answer the questions
      </Button>
      <Text>Or copy this address into your browser: {url}</Text>
      <Text>You will be asked to sign in first.</Text>
    </EmailLayout>
  );
}
