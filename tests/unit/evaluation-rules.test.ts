import { describe, expect, it } from "vitest";
import { certificateNumber, certificateReleased, impactDueAt, isQuestionnaireOpen, type BookingFacts } from "@/lib/evaluation/rules";
import { anonymiseAnswers } from "@/lib/evaluation/trainer";
import { impactEvaluationSchema, postEvaluationSchema } from "@/lib/evaluation/schemas";

const startsAt = new Date("2026-03-10T09:30:00Z");
const endsAt = new Date("2026-03-10T16:30:00Z");
const facts = (over: Partial<BookingFacts> = {}): BookingFacts => ({ status: "confirmed", attendance: null, startsAt, endsAt, submitted: [], ...over });

describe("which questionnaire is open", () => {
  it("opens the pre-course questions only before the session, for a confirmed place", () => {
    expect(isQuestionnaireOpen("pre", facts(), new Date("2026-03-09T12:00:00Z"), 90)).toBe(true);
    expect(isQuestionnaireOpen("pre", facts(), new Date("2026-03-10T10:00:00Z"), 90)).toBe(false);
    expect(isQuestionnaireOpen("pre", facts({ status: "waitlisted" }), new Date("2026-03-09T12:00:00Z"), 90)).toBe(false);
    expect(isQuestionnaireOpen("pre", facts({ submitted: ["pre"] }), new Date("2026-03-09T12:00:00Z"), 90)).toBe(false);
  });

  it("opens the post-course questions to people who came, fully or in part, once", () => {
    const after = new Date("2026-03-11T09:00:00Z");
    expect(isQuestionnaireOpen("post", facts({ attendance: "attended" }), after, 90)).toBe(true);
    expect(isQuestionnaireOpen("post", facts({ attendance: "partial" }), after, 90)).toBe(true);
    expect(isQuestionnaireOpen("post", facts({ attendance: "no_show" }), after, 90)).toBe(false);
    expect(isQuestionnaireOpen("post", facts({ attendance: null }), after, 90)).toBe(false);
    expect(isQuestionnaireOpen("post", facts({ attendance: "attended", submitted: ["post"] }), after, 90)).toBe(false);
  });

  it("opens the impact follow-up after the post-course answer, from the follow-up date", () => {
    const b = facts({ attendance: "attended", submitted: ["post"] });
    const due = impactDueAt(endsAt, 90);
    expect(due.toISOString()).toBe("2026-06-08T16:30:00.000Z");
    expect(isQuestionnaireOpen("impact", b, new Date(due.getTime() - 1000), 90)).toBe(false);
    expect(isQuestionnaireOpen("impact", b, due, 90)).toBe(true);
    expect(isQuestionnaireOpen("impact", facts({ attendance: "attended" }), due, 90)).toBe(false);
    expect(isQuestionnaireOpen("impact", { ...b, submitted: ["post", "impact"] }, due, 90)).toBe(false);
  });
});

describe("certificates", () => {
  it("are released for full attendance after the post-course answer only", () => {
    expect(certificateReleased("attended", true)).toBe(true);
    expect(certificateReleased("attended", false)).toBe(false);
    expect(certificateReleased("partial", true)).toBe(false);
    expect(certificateReleased("no_show", true)).toBe(false);
  });

  it("are numbered by partnership, year and booking", () => {
    expect(certificateNumber("NSCP", new Date("2022-03-01T10:00:00Z"), 42)).toBe("NSCP-2022-000042");
    expect(certificateNumber("T-S.C.P", new Date("2026-01-01T10:00:00Z"), 1234567)).toBe("TSCP-2026-1234567");
  });
});

describe("questionnaire answers", () => {
  it("need a confidence on the 1–5 scale and text", () => {
    expect(postEvaluationSchema.safeParse({ confidence: "6", learned: "x", rating: "3" }).success).toBe(false);
    expect(postEvaluationSchema.safeParse({ confidence: "", learned: "x", rating: "3" }).success).toBe(false);
    expect(postEvaluationSchema.safeParse({ confidence: "4", learned: "  ", rating: "3" }).success).toBe(false);
    expect(postEvaluationSchema.parse({ confidence: "4", learned: " Thresholds ", rating: "5" })).toEqual({ confidence: 4, learned: "Thresholds", rating: 5 });
  });

  it("take a theme from the list and an optional co-sign request", () => {
    expect(impactEvaluationSchema.parse({ changes: "a", examples: "b", theme: "Earlier referrals" }).askManager).toBe(false);
    expect(impactEvaluationSchema.parse({ changes: "a", examples: "b", theme: "Earlier referrals", askManager: "yes" }).askManager).toBe(true);
    expect(impactEvaluationSchema.safeParse({ changes: "a", examples: "b", theme: "Made up" }).success).toBe(false);
  });
});

describe("anonymised free text for trainers", () => {
  it("removes email addresses and phone numbers and drops the submission order", () => {
    expect(anonymiseAnswers(["Zebra", null, " ", "call me on 01603 223409 or jo@example.org", "Apple"])).toEqual([
      "Apple",
      "call me on [number removed] or [email removed]",
      "Zebra",
    ]);
  });
});

describe("answering for someone else", () => {
  it("is refused, even to an admin, as if the questionnaire did not exist", async () => {
    const { assertSelf } = await import("@/lib/auth/policy");
    const actor = (id: string, ...roles: ("learner" | "admin")[]) => ({ id, email: `${id}@example.org`, name: id, jobTitle: null, agencyId: null, lineManagerEmail: null, roles, profileComplete: true });
    expect(() => assertSelf(actor("me", "learner"), "me")).not.toThrow();
    expect(() => assertSelf(actor("other", "learner"), "me")).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => assertSelf(actor("boss", "admin"), "me")).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => assertSelf(null, "me")).toThrow(expect.objectContaining({ status: 401 }));
  });
});
