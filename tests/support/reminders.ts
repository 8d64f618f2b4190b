// A session with booked people, and a real SMTP server that records what it accepts (or refuses it on request).
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { booking, opportunity, session, sessionTrainer } from "@/db/schema";

const DAY = 86_400_000;
let n = 0;

export async function givenSession(
  db: Db,
  opts: { startsInDays: number; mode?: "venue" | "online"; capacity?: number; duration?: "full_day" | "half_day" | "short"; trainerIds?: string[]; title?: string } = { startsInDays: 6 },
) {
  const i = ++n;
  const [o] = await db
    .insert(opportunity)
    .values({
      slug: `reminder-course-${i}-${randomBytes(3).toString("hex")}`,
      title: opts.title ?? `Working with neglect ${i}`,
      type: "course",
      topic: "Neglect",
      level: "Targeted",
      audience: "All practitioners",
      summary: "Recognising and responding to neglect.",
      description: "A full-day multi-agency course.",
      duration: opts.duration ?? "full_day",
    })
    .returning();
  const startsAt = new Date(Date.now() + opts.startsInDays * DAY);
  const online = opts.mode === "online";
  const [s] = await db
    .insert(session)
    .values({
      opportunityId: o.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7 * 3600_000),
      mode: online ? "online" : "venue",
      venueName: online ? null : "County Hall",
      venueAddress: online ? null : "Martineau Lane, Norwich NR1 2DH",
      onlineUrl: online ? "https://meet.example.org/neglect-course" : null,
      capacity: opts.capacity ?? 30,
    })
    .returning();
  for (const t of opts.trainerIds ?? []) await db.insert(sessionTrainer).values({ sessionId: s.id, personId: t });
  return s;
}

/** A booking in a given status; confirmed ones take a place (places_taken stays in step, as the booking domain keeps it). */
export async function givenBooking(
  db: Db,
  s: { id: number },
  personId: string,
  status: (typeof booking.$inferInsert)["status"] = "confirmed",
  bookedDaysAgo = 20,
) {
  const at = new Date(Date.now() - bookedDaysAgo * DAY);
  const [b] = await db
    .insert(booking)
    .values({
      reference: `BK-${randomBytes(4).toString("hex").toUpperCase()}`,
      sessionId: s.id,
      personId,
      status,
      confirmedAt: status === "confirmed" ? at : null,
      waitlistedAt: status === "waitlisted" ? at : null,
      createdAt: at,
    })
    .returning();
  if (status === "confirmed" || status === "requested" || status === "offered") {
    await db.execute(sql`update session set places_taken = places_taken + 1 where id = ${s.id}`);
  }
  return b;
}

export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

/** An SMTP server on a free port. `refuse(n)` answers the next n messages with a temporary failure (451). */
export async function startSmtpServer(opts: { port?: number; delayMs?: number } = {}) {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, sess, callback) {
      attempts++;
      simpleParser(stream)
        .then(async (mail) => {
          if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
          if (refusals > 0) {
            refusals--;
            const err = Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 });
            return callback(err);
          }
          received.push(Object.assign(mail, { envelopeTo: sess.envelope.rcptTo.map((r) => r.address) }));
          callback();
        })
        .catch(callback);
    },
  });
  server.listen(opts.port ?? 0, "127.0.0.1");
  await once(server.server, "listening");
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts: () => attempts,
    refuse: (count: number) => void (refusals = count),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type TestSmtp = Awaited<ReturnType<typeof startSmtpServer>>;

/** A TCP port nothing listens on (yet). */
export async function freePort(): Promise<number> {
  const net = await import("node:net");
  const srv = net.createServer();
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}
