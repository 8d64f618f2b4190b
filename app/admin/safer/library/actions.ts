"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { addResource, publishVersion, resourceSchema, versionSchema } from "@/lib/resources";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";
import { isDbId } from "@/lib/ids";

export async function addResourceAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(resourceSchema, fd);
  if (!parsed.ok) return parsed.state;
  const { resourceId } = await addResource(actor, parsed.data);
  redirect(`/admin/safer/library/${resourceId}?added=1`);
}

export async function publishVersionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const resourceId = Number(fd.get("resourceId"));
  const parsed = parseForm(versionSchema, fd);
  const file = fd.get("file");
  const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  if (!parsed.ok) return failState(parsed.state.values, { ...(upload ? {} : { file: "Select a file to upload" }), ...parsed.state.errors });
  if (!upload) return failState(parsed.values, { file: "Select a file to upload" });
  if (!isDbId(resourceId)) return failState(parsed.values, {}, "Template not found");
  const result = await publishVersion(actor, resourceId, { changeSummary: parsed.data.changeSummary, file: upload });
  if (!result.ok) return failState(parsed.values, result.errors);
  redirect(`/admin/safer/library/${resourceId}?published=${result.version}`);
}
