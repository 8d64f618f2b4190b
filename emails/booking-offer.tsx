import * as React from "react";
import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export type BookingOfferEmailProps = {
  partnershipName: string;
  name: string;
  title: string;
  when: string;
  where: string;
  expires: string;
  url: string;
};

export function BookingOfferEmail(p: BookingOfferEmailProps) {
  return (
    <EmailLayout partnershipName={p.partnershipName} preview={`A place on ${p.title} is yours if you claim it by ${p.expires}`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        A place has come up for you
      </Heading>
      <Text>Dear {p.name},</Text>
      <Text>
        You were on the waiting list for <strong>{p.title}</strong>, {p.when}, {p.where}. A place has come free and we are holding it for you.
      </Text>
      <Text>
        <strong>Claim it by {p.expires}.</strong> If you do not, it will be offered to the next person on the waiting list.
      </Text>
      <Button href={p.url} style={buttonStyle}>
        Claim or decline the place
      </Button>
      <Text>Or copy this address into your browser: {p.url}</Text>
    </EmailLayout>
  );
}
