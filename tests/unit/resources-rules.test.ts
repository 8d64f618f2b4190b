import { describe, expect, it } from "vitest";
import { reviewSchema } from "@/lib/resources/resource-schema";
import { checkUpload, downloadFileName, hasNewerVersion, MAX_UPLOAD_BYTES, policyStatus, reviewDateError } from "@/lib/resources/rules";

const bytes = (s: string, pad = 0) => {
  const b = new Uint8Array(s.length + pad);
  b.set(Buffer.from(s, "latin1"));
  return b;
};

describe("policy template uploads", () => {
  it("accepts a real PDF, DOCX or ODT up to 5 MB", () => {
    expect(checkUpload("Policy.PDF", bytes("%PDF-1.7"))).toMatchObject({ ok: true, kind: "pdf", contentType: "application/pdf" });
    expect(checkUpload("policy.docx", bytes("PK\x03\x04rest"))).toMatchObject({ ok: true, kind: "docx" });
    expect(checkUpload("policy.odt", bytes("PK\x03\x04rest"))).toMatchObject({ ok: true, kind: "odt" });
    expect(checkUpload("big.pdf", bytes("%PDF-", MAX_UPLOAD_BYTES - 5)).ok).toBe(true);
  });

  it("refuses other types, renamed files, empty and oversized files", () => {
    expect(checkUpload("policy.txt", bytes("hello"))).toEqual({ ok: false, error: "The selected file must be a PDF, DOCX or ODT" });
    expect(checkUpload("fake.pdf", bytes("<html>"))).toEqual({ ok: false, error: "The selected file is not a real PDF" });
    expect(checkUpload("empty.pdf", new Uint8Array())).toEqual({ ok: false, error: "Select a file to upload" });
    expect(checkUpload("big.pdf", bytes("%PDF-", MAX_UPLOAD_BYTES))).toEqual({ ok: false, error: "The selected file must be smaller than 5 MB" });
  });

  it("names downloads on the server, never from the upload", () => {
    expect(downloadFileName("child-protection-policy", 3, "application/pdf")).toBe("child-protection-policy-v3.pdf");
    expect(downloadFileName("../../etc/passwd", 1, "application/vnd.oasis.opendocument.text", 7)).toBe("etc-passwd-organisation-7-v1.odt");
  });
});

describe("keeping policies up to date", () => {
  it("is up to date only when the organisation reviewed against the current version", () => {
    expect(policyStatus({ current: 3, downloaded: 3, reviewed: 3 })).toBe("up_to_date");
    expect(policyStatus({ current: 3, downloaded: 2, reviewed: 2 })).toBe("out_of_date");
    expect(policyStatus({ current: 3, downloaded: 3, reviewed: 2 })).toBe("out_of_date");
    expect(policyStatus({ current: 3, downloaded: 1, reviewed: null })).toBe("never_reviewed");
    expect(policyStatus({ current: 3, downloaded: null, reviewed: null })).toBe("not_used");
  });

  it("alerts when the current version is newer than the one downloaded", () => {
    expect(hasNewerVersion(3, 2)).toBe(true);
    expect(hasNewerVersion(3, 3)).toBe(false);
    expect(hasNewerVersion(3, null)).toBe(false);
  });

  it("takes the review date as a GOV.UK date input, not in the future", () => {
    const parse = (d: string, m: string, y: string) => reviewSchema.safeParse({ resourceId: "1", "reviewedOn-day": d, "reviewedOn-month": m, "reviewedOn-year": y, notes: "" });
    const ok = parse("5", "3", "2025");
    expect(ok.success && ok.data.reviewedOn).toBe("2025-03-05");
    const msg = (r: ReturnType<typeof parse>) => (r.success ? null : r.error.issues[0].message);
    expect(msg(parse("", "", ""))).toBe("Enter the date you reviewed your policy");
    expect(msg(parse("5", "", "2025"))).toBe("Date of review must include a month");
    expect(msg(parse("31", "2", "2025"))).toBe("Date of review must be a real date, like 27 3 2026");
    expect(msg(parse("1", "1", String(new Date().getFullYear() + 1)))).toBe("Date of review must be today or in the past");
  });

  it("dates a review from the day the current version was published to today", () => {
    const v3 = { version: 3, publishedOn: "2024-10-01" };
    expect(reviewDateError("1900-01-01", v3, "2026-12-01")).toBe("Date of review must be the same as or after Tuesday 1 October 2024, when version 3 was published");
    expect(reviewDateError("2024-09-30", v3, "2026-12-01")).toMatch(/^Date of review must be the same as or after/);
    expect(reviewDateError("2024-10-01", v3, "2026-12-01")).toBeNull();
    expect(reviewDateError("2026-12-01", v3, "2026-12-01")).toBeNull();
    expect(reviewDateError("2026-12-02", v3, "2026-12-01")).toBe("Date of review must be today or in the past");
  });
});
