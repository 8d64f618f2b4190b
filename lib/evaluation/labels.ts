// Client-safe and free of zod: the questionnaires' answer labels, for the forms (which load zod only when the
// person starts answering) and for the schemas and reports.
export const CONFIDENCE_LABELS = ["1 – Not at all confident", "2 – A little confident", "3 – Fairly confident", "4 – Confident", "5 – Very confident"];
export const RATING_LABELS = ["1 – Poor", "2 – Fair", "3 – Good", "4 – Very good", "5 – Excellent"];

/** What changed in practice, grouped for the impact report (the first five are the partnership's usual themes). */
export const IMPACT_THEMES = [
  "Better information sharing",
  "Earlier referrals",
  "Use of Graded Care Profile 2",
  "Voice of the child",
  "Working with fathers",
  "Recognising exploitation",
  "Safer sleep and protecting babies",
  "Recording and chronologies",
  "Professional challenge and escalation",
  "Other",
] as const;
