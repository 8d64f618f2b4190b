// Certificates of attendance as PDF (pdf-lib). The person themself or an admin may download one; a
// certificate exists only for full attendance after the post-course questionnaire (see questionnaires.ts).
import { eq } from "drizzle-orm";
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { getDb } from "@/db/client";
import { booking, certificate, opportunity, person, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { assertSelfOrAdmin } from "@/lib/auth/policy";
import { formatDate, formatTime } from "@/lib/dates";
import { getPartnership } from "@/lib/partnership";

export type CertificateFile = { fileName: string; bytes: Uint8Array; number: string };

const DURATION_LABELS: Record<string, string> = { full_day: "Full day", half_day: "Half day", short: "Short session", self_paced: "Self-paced" };

/** Standard PDF fonts only cover Latin-1: keep names and titles printable whatever people typed. */
export function printable(font: PDFFont, text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += "?";
    }
  }
  return out;
}

export async function certificatePdf(actor: Actor, bookingId: number): Promise<CertificateFile> {
  const db = await getDb();
  const [row] = await db
    .select({
      personId: booking.personId,
      name: person.name,
      email: person.email,
      number: certificate.number,
      issuedAt: certificate.issuedAt,
      title: opportunity.title,
      duration: opportunity.duration,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
    })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(certificate, eq(certificate.bookingId, booking.id))
    .where(eq(booking.id, bookingId));
  if (!row) throw new AuthorizationError("Not found", 404);
  assertSelfOrAdmin(actor, row.personId);
  if (!row.number || !row.issuedAt) throw new AuthorizationError("Not found", 404);
  const p = await getPartnership(db);

  const doc = await PDFDocument.create();
  doc.setTitle(`Certificate of attendance ${row.number}`);
  doc.setAuthor(p.name);
  doc.setCreator(`${p.shortName} learning`);
  doc.setCreationDate(row.issuedAt);
  doc.setModificationDate(row.issuedAt);
  const page = doc.addPage([841.89, 595.28]); // A4 landscape
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const black = rgb(0.04, 0.05, 0.05);
  const blue = rgb(0.11, 0.44, 0.72);
  const grey = rgb(0.31, 0.35, 0.37);
  const { width, height } = page.getSize();
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: blue, borderWidth: 4 });
  const centre = (text: string, y: number, size: number, f: PDFFont, color = black) => {
    const t = printable(f, text);
    page.drawText(t, { x: (width - f.widthOfTextAtSize(t, size)) / 2, y, size, font: f, color });
  };
  centre(p.name, height - 90, 16, bold, blue);
  centre("Certificate of attendance", height - 150, 34, bold);
  centre("This is to certify that", height - 200, 14, font, grey);
  centre(row.name ?? row.email, height - 240, 26, bold);
  centre("attended in full", height - 280, 14, font, grey);
  centre(fit(row.title, bold, 22, width - 120), height - 320, 22, bold);
  centre(`${formatDate(row.startsAt)}, ${formatTime(row.startsAt)} to ${formatTime(row.endsAt)} (${DURATION_LABELS[row.duration] ?? row.duration})`, height - 355, 13, font);
  centre(`Certificate number ${row.number}, issued ${formatDate(row.issuedAt)}`, 70, 11, font, grey);
  const bytes = await doc.save();
  return { fileName: `certificate-${row.number}.pdf`, bytes, number: row.number };
}

/** Shorten a long title so it fits on one line. */
function fit(text: string, f: PDFFont, size: number, max: number): string {
  let t = printable(f, text);
  while (t.length > 4 && f.widthOfTextAtSize(t, size) > max) t = `${t.slice(0, -2).trimEnd()}…`;
  return t;
}
