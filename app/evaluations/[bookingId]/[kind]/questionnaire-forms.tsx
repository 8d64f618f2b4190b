"use client";
import { CONFIDENCE_LABELS, IMPACT_THEMES, RATING_LABELS } from "@/lib/evaluation/labels";
import { Button, Checkboxes, Radios, Textarea } from "@/lib/ui/fields";
import { GovForm, type GovFormRender } from "@/lib/ui/govuk-form";
import { emptyFormState } from "@/lib/ui/form-state";
import { submitImpactAction, submitPostAction, submitPreAction } from "../../actions";

const scaleChoices = (labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }));

function Scale({ f, name, legend, labels }: { f: GovFormRender; name: string; legend: string; labels: string[] }) {
  return (
    <Radios
      name={name}
      legend={legend}
      legendSize="s"
      error={f.errors[name]}
      choices={scaleChoices(labels)}
      input={(v) => ({ ...f.register(name), defaultChecked: f.values[name] === v })}
    />
  );
}

function Text({ f, name, label, hint }: { f: GovFormRender; name: string; label: string; hint?: string }) {
  return <Textarea id={name} label={label} labelSize="s" hint={hint} error={f.errors[name]} input={{ ...f.register(name), defaultValue: String(f.values[name] ?? "") }} />;
}

export function PreForm({ bookingId, topic }: { bookingId: number; topic: string }) {
  return (
    <GovForm schema={() => import("@/lib/evaluation/schemas").then((m) => m.preEvaluationSchema)} action={submitPreAction} initialState={emptyFormState} order={["confidence", "hopes"]}>
      {(f) => (
        <>
          <input type="hidden" name="bookingId" value={bookingId} />
          <Scale f={f} name="confidence" legend={`How confident do you feel about ${topic} today?`} labels={CONFIDENCE_LABELS} />
          <Text f={f} name="hopes" label="What do you hope to learn?" />
          <Button>Send answers</Button>
        </>
      )}
    </GovForm>
  );
}

export function PostForm({ bookingId, topic }: { bookingId: number; topic: string }) {
  return (
    <GovForm schema={() => import("@/lib/evaluation/schemas").then((m) => m.postEvaluationSchema)} action={submitPostAction} initialState={emptyFormState} order={["confidence", "learned", "rating"]}>
      {(f) => (
        <>
          <input type="hidden" name="bookingId" value={bookingId} />
          <Scale f={f} name="confidence" legend={`How confident do you feel about ${topic} now?`} labels={CONFIDENCE_LABELS} />
          <Text f={f} name="learned" label="What did you learn?" hint="The most useful thing you will take back to your work." />
          <Scale f={f} name="rating" legend="How would you rate the course overall?" labels={RATING_LABELS} />
          <Button>Send answers</Button>
        </>
      )}
    </GovForm>
  );
}

export function ImpactForm({ bookingId, managerEmail }: { bookingId: number; managerEmail: string | null }) {
  return (
    <GovForm schema={() => import("@/lib/evaluation/schemas").then((m) => m.impactEvaluationSchema)} action={submitImpactAction} initialState={emptyFormState} order={["changes", "examples", "theme", "askManager"]}>
      {(f) => (
        <>
          <input type="hidden" name="bookingId" value={bookingId} />
          <Text f={f} name="changes" label="What has changed in your practice since the course?" />
          <Text f={f} name="examples" label="Give an example" hint="A situation where you did something differently. Do not include names or details that identify a child or family." />
          <Radios
            name="theme"
            legend="Which theme fits the change best?"
            legendSize="s"
            error={f.errors.theme}
            choices={IMPACT_THEMES.map((t) => ({ value: t, label: t }))}
            input={(v) => ({ ...f.register("theme"), defaultChecked: f.values.theme === v })}
          />
          <Checkboxes
            name="askManager"
            legend="Line manager co-sign (optional)"
            legendSize="s"
            hint={managerEmail ? `We will email ${managerEmail} a link to read your answer and co-sign it.` : "Add your line manager's email address to your details first."}
            error={f.errors.askManager}
            choices={[{ value: "yes", label: "Ask my line manager to co-sign my answer" }]}
            input={() => ({ ...f.register("askManager") })}
          />
          <Button>Send answers</Button>
        </>
      )}
    </GovForm>
  );
}
