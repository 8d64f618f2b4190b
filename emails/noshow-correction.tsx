import * as React from "react";
import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type NoShowCorrectionEmailProps = {
  partnershipName: string;
  recipient: "learner" | "manager";
  learnerName: string;
  courseTitle: string;
  when: string;
  attendance: "attended" | "partial";
  /** No charge for the place is due any more (it was removed, waived or there never was one). */
  noChargeDue: boolean;
  attendanceUrl: string;
};

/** Sent after a reopened register corrects a "did not attend" that the learner (and manager) were told about. */
export function NoShowCorrectionEmail(props: NoShowCorrectionEmailProps) {
  const { partnershipName, recipient, learnerName, courseTitle, when, attendance, noChargeDue, attendanceUrl } = props;
  const learner = recipient === "learner";
  const who = learner ? "you" : learnerName;
  const came = attendance === "partial" ? "attended part of the session" : "attended";
  return (
    <EmailLayout partnershipName={partnershipName} preview={learner ? "Your attendance record has been corrected" : `${learnerName}'s attendance record has been corrected`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {learner ? "Correction: you did attend your training" : `Correction: ${learnerName} did attend their training`}
      </Heading>
      <Text>
        We told you that {who} did not attend {courseTitle} ({when}). That was a mistake: the register has been corrected to show that {who}{" "}
        {came}. It does not count as a missed place.
      </Text>
      {noChargeDue ? <Text>There is no charge for this place. Any charge for a missed place has been cancelled.</Text> : null}
      <Text>
        {learner ? "You can see your attendance record" : "They can see their attendance record"} at <Link href={attendanceUrl}>{attendanceUrl}</Link>.
      </Text>
    </EmailLayout>
  );
}
