import type { LibraryAccess } from "@/lib/membership";
import { InsetText } from "@/lib/ui/components";
import { Link } from "@/lib/ui/link";

/** Why this person cannot download templates yet, and what would change that; nothing for members. */
export function DownloadNotice({ access }: { access: LibraryAccess }) {
  switch (access) {
    case "download":
      return null;
    case "awaiting-approval":
      return <InsetText>Your organisation&apos;s application for Safer membership is waiting for a decision. You can download templates once your application is approved.</InsetText>;
    case "renew":
      return (
        <InsetText>
          Your organisation&apos;s Safer membership has ended.{" "}
          <Link className="govuk-link" href="/safer/renew">
            Renew your membership
          </Link>{" "}
          to download templates again.
        </InsetText>
      );
    case "ended":
      return <InsetText>Your organisation&apos;s Safer membership has ended. Contact the business unit to rejoin, then you can download templates again.</InsetText>;
    case "declined":
      return <InsetText>Downloads are for contacts of organisations with an active Safer membership. Your organisation&apos;s application was not approved.</InsetText>;
    case "not-a-member":
      return (
        <InsetText>
          Downloads are for contacts of organisations with an active Safer membership.{" "}
          <Link className="govuk-link" href="/safer">
            Find out about membership
          </Link>
        </InsetText>
      );
  }
}
