import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { authSession, devOutbox, person, verificationToken } from "@/db/schema";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { actorForSessionToken } from "@/lib/auth/current";
import { hashSignInToken, requestSignInLink, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import { saveProfile } from "@/lib/people";
import { AuthorizationError } from "@/lib/auth/errors";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  await givenPartnership(await getDb());
});

describe("requesting a magic link", () => {
  it("stores only a hash next-auth can check, and mails a link to the confirm page", async () => {
    const db = await getDb();
    const result = await requestSignInLink({ email: "New.Person@Example.org", ip: "10.0.0.1" });
    expect(result).toEqual({ ok: true });
    const [mail] = await db.select().from(devOutbox).where(eq(devOutbox.to, "new.person@example.org"));
    const url = new URL(mail.text.match(/https?:\/\/\S+\/sign-in\/confirm\?\S+/)![0]);
    const token = url.searchParams.get("token")!;
    expect(url.searchParams.get("email")).toBe("new.person@example.org");
    const rows = await db.select().from(verificationToken).where(eq(verificationToken.identifier, "new.person@example.org"));
    expect(rows).toHaveLength(1);
    expect(rows[0].token).not.toBe(token);
    // next-auth 4 hashes sha256(token + secret): our hash must match for its callback to redeem the token.
    expect(rows[0].token).toBe(createHash("sha256").update(`${token}test-secret`).digest("hex"));
    expect(rows[0].token).toBe(hashSignInToken(token));
    const minutes = (rows[0].expires.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
  });

  it("refuses more than the limit of requests for one address in 15 minutes", async () => {
    const db = await getDb();
    const email = "busy@example.org";
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) expect((await requestSignInLink({ email })).ok).toBe(true);
    expect(await requestSignInLink({ email })).toEqual({ ok: false, reason: "rate_limited" });
    const sent = await db.select().from(devOutbox).where(eq(devOutbox.to, email));
    expect(sent).toHaveLength(SIGN_IN_LIMITS.perEmail);
  });
});

describe("completing a profile", () => {
  it("saves the details and marks the profile complete", async () => {
    const db = await getDb();
    const a = await givenAgency(db);
    const me = await givenPerson(db);
    await db.update(person).set({ profileCompletedAt: null }).where(eq(person.id, me.id));
    const r = await saveProfile(me, me.id, { name: "Ada Jones", jobTitle: "Health visitor", agencyId: a.id, lineManagerEmail: "Boss@Example.org" });
    expect(r).toEqual({ ok: true });
    const [p] = await db.select().from(person).where(and(eq(person.id, me.id)));
    expect(p).toMatchObject({ name: "Ada Jones", jobTitle: "Health visitor", agencyId: a.id, lineManagerEmail: "boss@example.org" });
    expect(p.profileCompletedAt).toBeInstanceOf(Date);
  });

  it("rejects an unknown organisation and changes nothing", async () => {
    const db = await getDb();
    const me = await givenPerson(db, { name: "Before" });
    const r = await saveProfile(me, me.id, { name: "After", jobTitle: "x", agencyId: 999999, lineManagerEmail: "m@example.org" });
    expect(r).toEqual({ ok: false, errors: { agencyId: "Select your organisation" } });
    const [p] = await db.select().from(person).where(eq(person.id, me.id));
    expect(p.name).toBe("Before");
  });

  it("does not let one person change another's profile", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const other = await givenPerson(db);
    const a = await givenAgency(db);
    await expect(saveProfile(me, other.id, { name: "X", jobTitle: "Y", agencyId: a.id, lineManagerEmail: "m@example.org" })).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("who is calling: the session cookie's token", () => {
  const HOUR = 3600_000;
  const given = async (expires: Date) => {
    const db = await getDb();
    const me = await givenPerson(db, { roles: ["learner", "trainer"] });
    const token = `tok-${me.id}`;
    await db.insert(authSession).values({ sessionToken: token, userId: me.id, expires });
    return { db, me, token };
  };

  it("finds the person and their roles in one lookup", async () => {
    const { me, token } = await given(new Date(Date.now() + 8 * HOUR));
    const actor = await actorForSessionToken(token);
    expect(actor).toMatchObject({ id: me.id, email: me.email, roles: ["learner", "trainer"], profileComplete: true });
    expect(await actorForSessionToken("no-such-token")).toBeNull();
  });

  it("refuses an expired session and the session of an anonymised person", async () => {
    const expired = await given(new Date(Date.now() - 1000));
    expect(await actorForSessionToken(expired.token)).toBeNull();
    const gone = await given(new Date(Date.now() + 8 * HOUR));
    await gone.db.update(person).set({ anonymisedAt: new Date() }).where(eq(person.id, gone.me.id));
    expect(await actorForSessionToken(gone.token)).toBeNull();
  });

  it("extends a session used more than 15 minutes after it was last extended, and only then", async () => {
    const now = new Date();
    const fresh = await given(new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 60_000));
    await actorForSessionToken(fresh.token, now);
    const [f] = await fresh.db.select().from(authSession).where(eq(authSession.sessionToken, fresh.token));
    expect(f.expires.getTime()).toBe(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 60_000);

    const stale = await given(new Date(now.getTime() + 2 * HOUR));
    await actorForSessionToken(stale.token, now);
    const [s] = await stale.db.select().from(authSession).where(eq(authSession.sessionToken, stale.token));
    expect(s.expires.getTime()).toBe(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  });
});
