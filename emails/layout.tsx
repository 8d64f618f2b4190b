import * as React from "react";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";

export type EmailLayoutProps = { partnershipName: string; preview: string; children: React.ReactNode };

const body = { backgroundColor: "#ffffff", fontFamily: "Arial, sans-serif", color: "#0b0c0c", margin: 0 };
const header = { backgroundColor: "#1d70b8", color: "#ffffff", padding: "16px 24px", fontSize: "20px", fontWeight: 700 };
const footer = { color: "#505a5f", fontSize: "14px" };

/** Shared frame for every email: the partnership's name at the top, plain accessible markup. */
export function EmailLayout({ partnershipName, preview, children }: EmailLayoutProps) {
  return (
    <Html lang="en-GB">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={{ maxWidth: "600px" }}>
          <Section style={header}>{partnershipName}</Section>
          <Section style={{ padding: "8px 24px", fontSize: "17px", lineHeight: "1.5" }}>{children}</Section>
          <Hr />
          <Text style={{ ...footer, padding: "0 24px" }}>
            This email was sent by the {partnershipName} learning platform. If you think a child is at risk of harm, call your
            local children&apos;s advice and duty service now.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#00703c",
  color: "#ffffff",
  padding: "10px 16px",
  fontSize: "17px",
  textDecoration: "none",
  display: "inline-block",
};

/** The session a booking is for, as every booking email names it: title, when, where (if known) and the reference. */
export function BookedSession({ title, when, where, reference }: { title: string; when: string; where?: string; reference: string }) {
  return (
    <Text>
      <strong>{title}</strong>
      <br />
      {when}
      <br />
      {where ? (
        <>
          {where}
          <br />
        </>
      ) : null}
      Booking reference: {reference}
    </Text>
  );
}
