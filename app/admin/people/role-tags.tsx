// A person's roles as GOV.UK tags. Everyone is a learner, so Learner is shown only for people with no other role.
import type { Role } from "@/lib/auth/roles";
import { ROLE_TAGS } from "@/lib/people/labels";
import { Tag } from "@/lib/ui/components";

export function RoleTags({ roles }: { roles: Role[] }) {
  const shown = roles.some((r) => r !== "learner") ? roles.filter((r) => r !== "learner") : (["learner"] as Role[]);
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {shown.map((r) => (
        <li key={r}>
          <Tag colour={ROLE_TAGS[r].colour}>{ROLE_TAGS[r].label}</Tag>
        </li>
      ))}
    </ul>
  );
}
