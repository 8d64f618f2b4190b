// Evaluation on the seeded partnership: the emailed request, the questionnaires, the certificate released by the
// post-course answer for full attendance only, the impact follow-up and the line manager's co-sign.
import { and, eq, like } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/db/seed";
import { auditEvent, certificate, devOutbox, evaluation, job, sentMessage } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/errors";
import {
  certificatePdf,
  coSignImpact,
  getCoSignView,
  getQuestionnaire,
  listMyCertificates,
  listMyEvaluatedSessions,
  listOutstandingQuestionnaires,
  queueEvaluationRequest,
  resolveEvaluationLink,
  sessionEvaluations,
  submitEvaluation,
} from "@/lib/evaluation";
import { sendCoSignRequest, sendEvaluationRequest, sendImpactRequest } from "@/lib/evaluation/jobs";
import type { JobRow } from "@/lib/jobs";
import { givenPerson } from "../support/fixtures";
import { actorByEmail, givenPastBooking, SEED_NOW } from "../support/reports";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  process.env.NEXTAUTH_URL = "http://localhost:3999";
  await seed(await getDb(), { now: SEED_NOW });
}, 600_000);

const asJob = (payload: Record<string, unknown>) => ({ id: 0, kind: "test", payload }) as unknown as JobRow;
const linkIn = (text: string, path: string) => text.match(new RegExp(`https?://\\S+${path}\\?token=[^\\s)\\]]+`))![0];
const post = { confidence: 4, learned: "Who to call at CADS and what they need from me.", rating: 5 };

describe("the post-course request", () => {
  it("is emailed once with a signed link to the post-course questions", async () => {
    const db = await getDb();
    const learner = await actorByEmail(db, "colleague@example.org");
    const { booking } = await givenPastBooking(db, { learner, attendance: "attended", now: new Date() });
    expect(await queueEvaluationRequest(booking.id)).toBe(true);
    expect(await queueEvaluationRequest(booking.id)).toBe(false);
    await sendEvaluationRequest(asJob({ bookingId: booking.id }));
    await sendEvaluationRequest(asJob({ bookingId: booking.id }));
    const sent = await db.select().from(sentMessage).where(eq(sentMessage.key, `evaluation-request:${booking.id}`));
    expect(sent).toHaveLength(1);
    const mails = await db.select().from(devOutbox).where(and(eq(devOutbox.to, learner.email.toLowerCase()), like(devOutbox.subject, "Tell us about%")));
    expect(mails).toHaveLength(1);
    const url = new URL(linkIn(mails[0].text, "/evaluations/link"));
    expect(resolveEvaluationLink(url.searchParams.get("token"))).toEqual({ bookingId: booking.id, kind: "post" });
    expect(resolveEvaluationLink(`${url.searchParams.get("token")}x`)).toBeNull();
  });

  it("is not sent to no-shows", async () => {
    const db = await getDb();
    const learner = await givenPerson(db);
    const { booking } = await givenPastBooking(db, { learner, attendance: "no_show", now: new Date() });
    await sendEvaluationRequest(asJob({ bookingId: booking.id }));
    expect(await db.select().from(sentMessage).where(eq(sentMessage.key, `evaluation-request:${booking.id}`))).toHaveLength(0);
  });
});

describe("answering after the course", () => {
  it("releases a numbered certificate for full attendance and schedules the impact follow-up", async () => {
    const db = await getDb();
    const learner = await givenPerson(db);
    const now = new Date();
    const { booking, session } = await givenPastBooking(db, { learner, attendance: "attended", now });
    expect((await listOutstandingQuestionnaires(learner, now)).map((q) => q.kind)).toEqual(["post"]);
    await expect(certificatePdf(learner, booking.id)).rejects.toMatchObject({ status: 404 });

    const r = await submitEvaluation(learner, booking.id, { kind: "post", input: post }, now);
    expect(r).toEqual({ ok: true, certificateNumber: expect.stringMatching(/^NSCP-\d{4}-\d{6}$/) });
    const [cert] = await db.select().from(certificate).where(eq(certificate.bookingId, booking.id));
    expect(cert.number).toBe(r.ok && r.certificateNumber);
    const [impactJob] = await db.select().from(job).where(eq(job.key, `impact-request:${booking.id}`));
    expect(impactJob.kind).toBe("evaluation.impact-request");
    expect(impactJob.runAt.getTime()).toBe(session.endsAt.getTime() + 90 * DAY);
    expect(await listOutstandingQuestionnaires(learner, now)).toEqual([]);

    const pdf = await certificatePdf(learner, booking.id);
    expect(pdf.fileName).toBe(`certificate-${cert.number}.pdf`);
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await PDFDocument.load(pdf.bytes)).getTitle()).toContain(cert.number);

    expect(await submitEvaluation(learner, booking.id, { kind: "post", input: post }, now)).toEqual({ ok: false, reason: "closed" });
    expect(await db.select().from(evaluation).where(eq(evaluation.bookingId, booking.id))).toHaveLength(1);
  });

  it("gives no certificate for partial attendance, and no questionnaire to no-shows", async () => {
    const db = await getDb();
    const learner = await givenPerson(db);
    const partial = await givenPastBooking(db, { learner, attendance: "partial", now: new Date() });
    expect(await submitEvaluation(learner, partial.booking.id, { kind: "post", input: post })).toEqual({ ok: true, certificateNumber: null });
    expect(await db.select().from(certificate).where(eq(certificate.bookingId, partial.booking.id))).toHaveLength(0);
    await expect(certificatePdf(learner, partial.booking.id)).rejects.toMatchObject({ status: 404 });

    const noShow = await givenPastBooking(db, { learner, attendance: "no_show", now: new Date() });
    expect(await submitEvaluation(learner, noShow.booking.id, { kind: "post", input: post })).toEqual({ ok: false, reason: "closed" });
  });

  it("takes the pre-course answers only before the session", async () => {
    const db = await getDb();
    const learner = await givenPerson(db);
    const { booking, session } = await givenPastBooking(db, { learner, attendance: null, now: new Date() });
    const before = new Date(session.startsAt.getTime() - DAY);
    expect((await getQuestionnaire(learner, booking.id, "pre", before)).open).toBe(true);
    expect(await submitEvaluation(learner, booking.id, { kind: "pre", input: { confidence: 2, hopes: "Spotting neglect" } })).toEqual({ ok: false, reason: "closed" });
    expect(await submitEvaluation(learner, booking.id, { kind: "pre", input: { confidence: 2, hopes: "Spotting neglect" } }, before)).toEqual({ ok: true, certificateNumber: null });
  });
});

describe("the impact follow-up", () => {
  it("opens after the follow-up date, is emailed once, and can be co-signed by the line manager by signed link", async () => {
    const db = await getDb();
    const learner = await givenPerson(db, { lineManagerEmail: "boss.of.impact@example.org" });
    const { booking, session } = await givenPastBooking(db, { learner, attendance: "attended", now: new Date(), daysAgo: 100 });
    await submitEvaluation(learner, booking.id, { kind: "post", input: post }, new Date(session.endsAt.getTime() + DAY));
    const input = { changes: "I share concerns the same day.", examples: "Phoned the school nurse about a drop in attendance.", theme: "Better information sharing" as const, askManager: true };
    expect(await submitEvaluation(learner, booking.id, { kind: "impact", input }, new Date(session.endsAt.getTime() + 89 * DAY))).toEqual({ ok: false, reason: "closed" });

    await sendImpactRequest(asJob({ bookingId: booking.id }));
    await sendImpactRequest(asJob({ bookingId: booking.id }));
    expect(await db.select().from(sentMessage).where(eq(sentMessage.key, `impact-request:${booking.id}`))).toHaveLength(1);

    expect(await submitEvaluation(learner, booking.id, { kind: "impact", input })).toEqual({ ok: true, certificateNumber: null });
    const [ev] = await db.select().from(evaluation).where(and(eq(evaluation.bookingId, booking.id), eq(evaluation.kind, "impact")));
    expect(ev).toMatchObject({ theme: "Better information sharing", managerEmail: "boss.of.impact@example.org", managerCoSignedAt: null });
    const [cosignJob] = await db.select().from(job).where(eq(job.key, `cosign-request:${ev.id}`));
    expect(cosignJob.kind).toBe("evaluation.cosign-request");

    await sendCoSignRequest(asJob({ evaluationId: ev.id }));
    const [mail] = await db.select().from(devOutbox).where(eq(devOutbox.to, "boss.of.impact@example.org"));
    const token = new URL(linkIn(mail.text, "/evaluations/co-sign")).searchParams.get("token")!;
    const view = await getCoSignView(token);
    expect(view).toMatchObject({ evaluationId: ev.id, changes: input.changes, examples: input.examples, coSignedAt: null });
    // Opening the page changes nothing; only the POST co-signs.
    expect((await db.select().from(evaluation).where(eq(evaluation.id, ev.id)))[0].managerCoSignedAt).toBeNull();

    expect(await coSignImpact(`${token}x`)).toEqual({ ok: false, reason: "invalid" });
    const signed = await coSignImpact(token);
    expect(signed.ok).toBe(true);
    const again = await coSignImpact(token);
    expect(again).toEqual(signed);
    const [after] = await db.select().from(evaluation).where(eq(evaluation.id, ev.id));
    expect(after.managerCoSignedAt).toBeInstanceOf(Date);
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.action, "evaluation.co_signed"), eq(auditEvent.entityId, String(ev.id))));
    expect(audits).toHaveLength(1);
  });

  it("refuses a co-sign request when the learner has no line manager email", async () => {
    const db = await getDb();
    const learner = await givenPerson(db);
    const { booking, session } = await givenPastBooking(db, { learner: { ...learner }, attendance: "attended", now: new Date(), daysAgo: 100 });
    const { person, booking: bookingTable } = await import("@/db/schema");
    await db.update(person).set({ lineManagerEmail: null }).where(eq(person.id, learner.id));
    await db.update(bookingTable).set({ lineManagerEmail: null }).where(eq(bookingTable.id, booking.id));
    await submitEvaluation(learner, booking.id, { kind: "post", input: post }, new Date(session.endsAt.getTime() + DAY));
    const r = await submitEvaluation(learner, booking.id, { kind: "impact", input: { changes: "a", examples: "b", theme: "Other", askManager: true } });
    expect(r).toMatchObject({ ok: false, reason: "invalid", errors: { askManager: expect.any(String) } });
  });
});

describe("who may see what", () => {
  it("keeps a person's questionnaire and certificate from other people, but not from admins", async () => {
    const db = await getDb();
    const learner = await givenPerson(db);
    const other = await givenPerson(db);
    const admin = await actorByEmail(db, "admin@example.org");
    const { booking } = await givenPastBooking(db, { learner, attendance: "attended", now: new Date() });
    await expect(getQuestionnaire(other, booking.id, "post")).rejects.toMatchObject({ status: 404 });
    await expect(submitEvaluation(other, booking.id, { kind: "post", input: post })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(submitEvaluation(admin, booking.id, { kind: "post", input: post })).rejects.toBeInstanceOf(AuthorizationError);
    await submitEvaluation(learner, booking.id, { kind: "post", input: post });
    await expect(certificatePdf(other, booking.id)).rejects.toMatchObject({ status: 404 });
    expect((await certificatePdf(admin, booking.id)).bytes.length).toBeGreaterThan(500);
    await expect(certificatePdf(learner, 999_999_999)).rejects.toMatchObject({ status: 404 });
  });

  it("shows trainers the anonymised evaluations of their own sessions only", async () => {
    const db = await getDb();
    const trainer = await actorByEmail(db, "trainer@example.org");
    const otherTrainer = await givenPerson(db, { roles: ["trainer"] });
    const learner = await givenPerson(db, { name: "Very Identifiable Name" });
    const { booking, session } = await givenPastBooking(db, { learner, attendance: "attended", trainerIds: [trainer.id], now: new Date() });
    await submitEvaluation(learner, booking.id, { kind: "post", input: { ...post, learned: "Email me at very.identifiable@example.org" } });
    const e = await sessionEvaluations(trainer, session.id);
    expect(e).toMatchObject({ attended: 1, responses: { pre: 0, post: 1, impact: 0 }, confidenceAfter: 4, averageRating: 5 });
    expect(e.learned).toEqual(["Email me at [email removed]"]);
    expect(JSON.stringify(e)).not.toContain("Very Identifiable Name");
    await expect(sessionEvaluations(otherTrainer, session.id)).rejects.toMatchObject({ status: 404 });
    await expect(sessionEvaluations(learner, session.id)).rejects.toBeInstanceOf(AuthorizationError);
    const mine = await listMyEvaluatedSessions(trainer);
    expect(mine.map((s) => s.sessionId)).toContain(session.id);
    expect(await listMyEvaluatedSessions(otherTrainer)).toEqual([]);
  });
});

describe("the seeded learner", () => {
  it("has a past attended course with a post-course answer and a certificate to download", async () => {
    const db = await getDb();
    const learner = await actorByEmail(db, "learner@example.org");
    const certs = await listMyCertificates(learner);
    expect(certs.length).toBeGreaterThanOrEqual(1);
    const pdf = await certificatePdf(learner, certs[0].bookingId);
    expect(pdf.fileName).toBe(`certificate-${certs[0].number}.pdf`);
    const colleague = await actorByEmail(db, "colleague@example.org");
    await expect(certificatePdf(colleague, certs[0].bookingId)).rejects.toMatchObject({ status: 404 });
  });
});
