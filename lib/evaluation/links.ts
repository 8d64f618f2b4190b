// Signed links in evaluation emails. They name the booking and questionnaire and expire; the questionnaire
// still needs the booking's person signed in, and the manager's co-sign page acts only on a POST.
import { appUrl } from "@/lib/auth/config";
import { createLinkToken, verifyLinkToken } from "@/lib/links/signed";

export const EVALUATION_LINK_DAYS = 120;
export const COSIGN_LINK_DAYS = 60;

const DAY_MS = 24 * 3600 * 1000;

export function evaluationLinkUrl(bookingId: number, kind: "post" | "impact", now = new Date()): string {
  const token = createLinkToken("evaluation", `${bookingId}:${kind}`, new Date(now.getTime() + EVALUATION_LINK_DAYS * DAY_MS));
  return `${appUrl()}/evaluations/link?token=${encodeURIComponent(token)}`;
}

/** Where an emailed questionnaire link points, or null if it is not genuine or has expired. */
export function resolveEvaluationLink(token: string | null | undefined, now = new Date()): { bookingId: number; kind: "post" | "impact" } | null {
  const claims = verifyLinkToken(token, "evaluation", now);
  const m = claims ? /^(\d+):(post|impact)$/.exec(String(claims.id)) : null;
  return m ? { bookingId: Number(m[1]), kind: m[2] as "post" | "impact" } : null;
}

export function coSignLinkUrl(evaluationId: number, now = new Date()): string {
  const token = createLinkToken("impact-cosign", evaluationId, new Date(now.getTime() + COSIGN_LINK_DAYS * DAY_MS));
  return `${appUrl()}/evaluations/co-sign?token=${encodeURIComponent(token)}`;
}

export function coSignEvaluationId(token: string | null | undefined, now = new Date()): number | null {
  const claims = verifyLinkToken(token, "impact-cosign", now);
  return claims && Number.isInteger(claims.id) ? Number(claims.id) : null;
}
