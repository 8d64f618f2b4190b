"use client";
import { RESOURCE_CATEGORIES } from "@/lib/resources/labels";
import { Button, Select, Textarea, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { addResourceAction } from "./actions";

export function ResourceForm() {
  const initialState: FormState = { ok: false, errors: {}, values: {} };
  return (
    <GovForm schema={() => import("@/lib/resources/resource-schema").then((m) => m.resourceSchema)} action={addResourceAction} initialState={initialState} order={["title", "category", "description"]}>
      {({ errors, register, values }) => (
        <>
          <TextInput id="title" label="Title" error={errors.title} input={{ ...register("title"), defaultValue: String(values.title ?? "") }} />
          <Select
            id="category"
            label="Category"
            error={errors.category}
            options={[{ value: "", label: "Select a category" }, ...RESOURCE_CATEGORIES.map((c) => ({ value: c, label: c }))]}
            input={{ ...register("category"), defaultValue: String(values.category ?? "") }}
          />
          <Textarea id="description" label="Description" error={errors.description} input={{ ...register("description"), defaultValue: String(values.description ?? "") }} />
          <Button>Add template</Button>
        </>
      )}
    </GovForm>
  );
}
