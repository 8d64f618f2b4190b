// The person's roles form (client-safe: no database): which of the roles the business unit gives (trainer, admin)
// the person holds, and the confirmation asked for when a trainer with sessions to come loses the role. Whether a
// change is allowed depends on who is asking and on the data, so lib/people/change-roles.ts checks that on saving.
import { z } from "zod";
import { EDITABLE_ROLES, type EditableRole } from "./labels";

/** Checkbox groups arrive as an array (FormData, several boxes), one value, or false (react-hook-form, none ticked). */
const ticked = z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []), z.array(z.string()));

/** The trainer and admin boxes, each once, in a fixed order. */
export const editableRoles = ticked.pipe(
  z.array(z.enum(EDITABLE_ROLES, { error: "Select roles from the list" })).transform((rs): EditableRole[] => EDITABLE_ROLES.filter((r) => rs.includes(r))),
);

/** A single "yes" checkbox: FormData sends "yes" or nothing; react-hook-form "yes" or false. */
const yes = z.preprocess((v) => v === "yes" || v === true || (Array.isArray(v) && v.includes("yes")), z.boolean());

export const personRolesSchema = z.object({
  personId: z
    .string({ error: "This person could not be found. Go back to People and roles and choose them again" })
    .trim()
    .min(1, "This person could not be found. Go back to People and roles and choose them again")
    .max(100, "This person could not be found. Go back to People and roles and choose them again"),
  roles: editableRoles,
  confirmTrainerRemoval: yes,
});

export type PersonRolesInput = z.output<typeof personRolesSchema>;
export const PERSON_ROLES_MULTI_FIELDS = ["roles"] as const;
