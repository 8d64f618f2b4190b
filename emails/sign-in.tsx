import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type SignInEmailProps = { partnershipName: string; url: string; minutes: number };

export function SignInEmail({ partnershipName, url, minutes }: SignInEmailProps) {
  return (
    <EmailLayout partnershipName={partnershipName} preview="Your sign-in link">
      <Heading as="h1" style={{ fontSize: "24px" }}>
        Sign in to {partnershipName} learning
      </Heading>
      <Text>Use this link to sign in. It works once and expires in {minutes} minutes.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in
      </Button>
      <Text>Or copy this address into your browser: {url}</Text>
      <Text>If you did not ask to sign in, you can ignore this email.</Text>
    </EmailLayout>
  );
}
