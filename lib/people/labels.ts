// Words for the business unit's People and roles pages and their forms' field orders: zod-free, so the forms import
// these with the page and fetch their schemas only when the admin starts filling them in.
import type { Role } from "@/lib/auth/roles";

/** The roles the business unit gives and takes away here. Learner is everyone's; Safer contacts are made by Safer. */
export const EDITABLE_ROLES = ["trainer", "admin"] as const satisfies readonly Role[];
export type EditableRole = (typeof EDITABLE_ROLES)[number];

export const EDITABLE_ROLE_CHOICES: { value: EditableRole; label: string; hint: string }[] = [
  { value: "trainer", label: "Trainer", hint: "Can be chosen as a session's trainer, takes its register and sees its evaluations." },
  { value: "admin", label: "Admin", hint: "Runs the business unit: catalogue, people and roles, policy settings, charges, Safer memberships and reports." },
];

/** Short names for the role tags in lists. */
export const ROLE_TAGS: Record<Role, { label: string; colour?: "blue" | "purple" | "green" | "grey" }> = {
  admin: { label: "Admin", colour: "purple" },
  trainer: { label: "Trainer", colour: "blue" },
  safer_contact: { label: "Safer contact", colour: "green" },
  learner: { label: "Learner", colour: "grey" },
};

export const PERSON_ROLES_FORM_ORDER = ["roles", "confirmTrainerRemoval"];
export const ADD_PERSON_FORM_ORDER = ["email", "name", "roles"];

/** Searches shorter than this would list most of the partnership. */
export const MIN_SEARCH_LENGTH = 2;
export const MAX_SEARCH_LENGTH = 100;
/** At most this many people are listed; more means the search should be narrower. */
export const PEOPLE_LIST_LIMIT = 50;
