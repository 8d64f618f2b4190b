export const ROLES = ["learner", "trainer", "admin", "safer_contact"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  learner: "Learner",
  trainer: "Trainer",
  admin: "Business unit admin",
  safer_contact: "Safer organisation contact",
};
