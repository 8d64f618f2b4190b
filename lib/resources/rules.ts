// Pure rules of the policy library: which uploads are accepted, what a download is called, whether an
// organisation's own policy is up to date with the current template, and which review dates make sense.
import { formatDate, parseLondonDate } from "@/lib/dates";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const FILE_KINDS = {
  pdf: { contentType: "application/pdf", label: "PDF" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word document" },
  odt: { contentType: "application/vnd.oasis.opendocument.text", label: "OpenDocument text" },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export type UploadCheck = { ok: true; kind: FileKind; contentType: string } | { ok: false; error: string };

/**
 * Accept PDF, DOCX or ODT up to 5 MB. The extension names the kind and the first bytes must agree
 * (PDF starts "%PDF-"; DOCX and ODT are zip files, "PK\x03\x04"), so a renamed file is refused.
 */
export function checkUpload(fileName: string, bytes: Uint8Array): UploadCheck {
  if (!fileName || bytes.length === 0) return { ok: false, error: "Select a file to upload" };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, error: "The selected file must be smaller than 5 MB" };
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (!Object.hasOwn(FILE_KINDS, ext)) return { ok: false, error: "The selected file must be a PDF, DOCX or ODT" };
  const kind = ext as FileKind;
  const head = Buffer.from(bytes.subarray(0, 5)).toString("latin1");
  const looksRight = kind === "pdf" ? head === "%PDF-" : head.startsWith("PK\x03\x04");
  if (!looksRight) return { ok: false, error: `The selected file is not a real ${FILE_KINDS[kind].label}` };
  return { ok: true, kind, contentType: FILE_KINDS[kind].contentType };
}

export function extensionFor(contentType: string): string {
  const hit = (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k].contentType === contentType);
  return hit ?? "bin";
}

/** The name a download is saved as: chosen by the server, never taken from the upload. */
export function downloadFileName(slug: string, version: number, contentType: string, organisationId?: number | null): string {
  const safe = slug.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "policy";
  return `${safe}${organisationId ? `-organisation-${organisationId}` : ""}-v${version}.${extensionFor(contentType)}`;
}

export type PolicyStatus = "not_used" | "up_to_date" | "out_of_date" | "never_reviewed";

/**
 * An organisation is up to date with a template when it has reviewed its own policy against the current version.
 * It is out of date if it reviewed an older version, and "never reviewed" if it downloaded the template but never
 * recorded a review. Templates it never touched are "not used".
 */
export function policyStatus(s: { current: number; downloaded: number | null; reviewed: number | null }): PolicyStatus {
  if (s.reviewed != null && s.reviewed >= s.current) return "up_to_date";
  if (s.reviewed != null) return "out_of_date";
  return s.downloaded == null ? "not_used" : "never_reviewed";
}

/**
 * A review is recorded against the current version, so it cannot be dated before that version was published (it
 * would claim a check against text that did not exist yet, and count as up to date) nor in the future.
 * Days are London calendar dates, "YYYY-MM-DD".
 */
export function reviewDateError(reviewedOn: string, current: { version: number; publishedOn: string }, today: string): string | null {
  if (reviewedOn > today) return "Date of review must be today or in the past";
  if (reviewedOn < current.publishedOn) {
    return `Date of review must be the same as or after ${formatDate(parseLondonDate(current.publishedOn)!)}, when version ${current.version} was published`;
  }
  return null;
}

/** The banner on the Safer home page: a newer version than the one the organisation downloaded. */
export function hasNewerVersion(current: number, downloaded: number | null): boolean {
  return downloaded != null && downloaded < current;
}

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  not_used: "Not downloaded",
  up_to_date: "Up to date",
  out_of_date: "Out of date",
  never_reviewed: "Never reviewed",
};
