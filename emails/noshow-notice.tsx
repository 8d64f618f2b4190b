import * as React from "react";
import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type NoShowNoticeEmailProps = {
  partnershipName: string;
  recipient: "learner" | "manager";
  learnerName: string;
  courseTitle: string;
  when: string;
  /** The charge still due for the missed place, if any. */
  chargePence: number | null;
  /** Set when this no-show means the next booking needs the line manager's approval. */
  repeatRule: { noShows: number; months: number } | null;
  attendanceUrl: string;
};

const pounds = (p: number) => `£${(p / 100).toFixed(2)}`;

export function NoShowNoticeEmail(props: NoShowNoticeEmailProps) {
  const { partnershipName, recipient, learnerName, courseTitle, when, chargePence, repeatRule, attendanceUrl } = props;
  const learner = recipient === "learner";
  return (
    <EmailLayout partnershipName={partnershipName} preview={learner ? "You missed your training place" : `${learnerName} missed a training place`}>
      <Heading as="h1" style={{ fontSize: "24px" }}>
        {learner ? "You did not attend your training" : `${learnerName} did not attend their training`}
      </Heading>
      <Text>
        {learner ? "You were" : `${learnerName} was`} booked on {courseTitle} ({when}) but did not attend and the place was not
        cancelled. A place that is not used could have gone to someone on the waiting list.
      </Text>
      {chargePence ? (
        <Text>
          Under the partnership&apos;s charging policy, a charge of {pounds(chargePence)} for the missed place will be invoiced to{" "}
          {learner ? "your" : "their"} organisation. If there were extenuating circumstances, contact the business unit: the charge
          can be waived.
        </Text>
      ) : null}
      {repeatRule ? (
        <Text>
          {learner ? "You have" : `${learnerName} has`} now missed {repeatRule.noShows} sessions in {repeatRule.months} months
          without cancelling, so {learner ? "your" : "their"} next booking needs {learner ? "your line manager's" : "your"} approval
          before the place is confirmed.
        </Text>
      ) : null}
      <Text>
        {learner ? "You can see your attendance record" : "They can see their attendance record"} at{" "}
        <Link href={attendanceUrl}>{attendanceUrl}</Link>.
      </Text>
    </EmailLayout>
  );
}
