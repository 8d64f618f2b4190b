import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { BackLink } from "@/lib/ui/components";
import { AddPersonForm } from "./add-person-form";

export const metadata: Metadata = { title: "Add a person" };

export default async function AddPersonPage() {
  await requirePageActor({ roles: ["admin"], returnTo: "/admin/people/new" });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/people">People and roles</BackLink>
        <h1 className="govuk-heading-l">Add a person</h1>
        <p className="govuk-body">
          Add someone who has not signed in yet, for example a new trainer, so you can give them a role and choose them for sessions now. When they first sign in with this email address they give their job title, organisation and line manager.
        </p>
        <AddPersonForm />
      </div>
    </div>
  );
}
