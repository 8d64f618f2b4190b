"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { ADD_PERSON_MULTI_FIELDS, addPerson, addPersonSchema, changePersonRoles, PERSON_ROLES_MULTI_FIELDS, personRolesSchema } from "@/lib/people";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

const personPage = (id: string) => `/admin/people/${encodeURIComponent(id)}`;

export async function savePersonRolesAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(personRolesSchema, fd, PERSON_ROLES_MULTI_FIELDS);
  if (!parsed.ok) return parsed.state;
  const result = await changePersonRoles(actor, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors);
  redirect(`${personPage(parsed.data.personId)}?saved=${result.changed ? 1 : 0}`);
}

export async function addPersonAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(addPersonSchema, fd, ADD_PERSON_MULTI_FIELDS);
  if (!parsed.ok) return parsed.state;
  const result = await addPerson(actor, parsed.data);
  // The form links to the person who already has the address.
  if (!result.ok) return failState({ ...parsed.values, ...(result.existing ? { existingId: result.existing.id, existingName: result.existing.name } : {}) }, result.errors);
  redirect(`${personPage(result.personId)}?added=1`);
}
