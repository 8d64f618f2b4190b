"use client";
import { Button, Textarea } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { publishVersionAction } from "../actions";

export function VersionForm({ resourceId }: { resourceId: number }) {
  const initialState: FormState = { ok: false, errors: {}, values: {} };
  return (
    <GovForm schema={() => import("@/lib/resources/resource-schema").then((m) => m.versionSchema)} action={publishVersionAction} initialState={initialState} order={["file", "changeSummary"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" name="resourceId" value={resourceId} />
          <div className={`govuk-form-group${errors.file ? " govuk-form-group--error" : ""}`}>
            <label className="govuk-label" htmlFor="file">
              Upload a file
            </label>
            <div id="file-hint" className="govuk-hint">
              PDF, DOCX or ODT, smaller than 5 MB
            </div>
            {errors.file ? (
              <p id="file-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.file}
              </p>
            ) : null}
            <input
              className={`govuk-file-upload${errors.file ? " govuk-file-upload--error" : ""}`}
              id="file"
              name="file"
              type="file"
              accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
              aria-describedby={`file-hint${errors.file ? " file-error" : ""}`}
            />
          </div>
          <Textarea
            id="changeSummary"
            label="What changed in this version"
            hint="Members see this summary and are emailed it if they downloaded an earlier version"
            error={errors.changeSummary}
            input={{ ...register("changeSummary"), defaultValue: String(values.changeSummary ?? "") }}
          />
          <Button>Publish version</Button>
        </>
      )}
    </GovForm>
  );
}
