// Small, real PDF files for the policy library templates (pdf-lib, standard fonts, fixed dates).
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

export async function policyPdf(opts: {
  title: string;
  version: number;
  publishedOn: string;
  partnership: string;
  lines: string[];
  publishedAt: Date;
}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${opts.title} (version ${opts.version})`);
  doc.setAuthor(opts.partnership);
  doc.setSubject("Safer programme policy template");
  doc.setCreator("NSCP policy library");
  doc.setProducer("pdf-lib");
  doc.setCreationDate(opts.publishedAt);
  doc.setModificationDate(opts.publishedAt);
  const page = doc.addPage([595.28, 841.89]); // A4
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const black = rgb(0.04, 0.05, 0.05);
  let y = 780;
  page.drawText(opts.partnership, { x: 56, y, size: 11, font, color: rgb(0.3, 0.3, 0.3) });
  y -= 36;
  page.drawText(opts.title, { x: 56, y, size: 20, font: bold, color: black });
  y -= 26;
  page.drawText(`Version ${opts.version} - published ${opts.publishedOn}`, { x: 56, y, size: 12, font, color: black });
  y -= 36;
  page.drawText("Template: replace the text in [square brackets] with your organisation's details.", {
    x: 56,
    y,
    size: 10,
    font,
    color: rgb(0.3, 0.3, 0.3),
  });
  y -= 30;
  for (const line of opts.lines) {
    for (const part of wrap(line, 88)) {
      page.drawText(part, { x: 56, y, size: 11, font, color: black });
      y -= 16;
    }
    y -= 8;
  }
  y -= 20;
  page.drawText("Review this policy at least once a year and record the review in the Safer policy library.", {
    x: 56,
    y,
    size: 10,
    font,
    color: rgb(0.3, 0.3, 0.3),
  });
  const bytes = await doc.save({ useObjectStreams: false });
  return Buffer.from(bytes);
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}
