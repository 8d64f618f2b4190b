import { Link } from "@/lib/ui/link";
import { currentActor } from "@/lib/auth";
import { getPartnership } from "@/lib/partnership";

export default async function HomePage() {
  const [p, actor] = await Promise.all([getPartnership(), currentActor()]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Safeguarding learning</h1>
        <p className="govuk-body-l">
          Multi-agency safeguarding training from the {p.name}: courses, e-learning, webinars, briefings and events for everyone who
          works with children and families.
        </p>
        <Link href="/catalogue" role="button" draggable={false} className="govuk-button govuk-button--start" data-module="govuk-button">
          Find training
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
        <h2 className="govuk-heading-m">What you can do here</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>book a place, join a waiting list, cancel or send a colleague in your place</li>
          <li>confirm or release your place when we remind you, so nobody waiting misses out</li>
          <li>get your certificate of attendance and tell us what changed in your practice</li>
          <li>voluntary and community organisations can join the Safer programme and download policy templates</li>
        </ul>
        {!actor ? (
          <p className="govuk-body">
            <Link className="govuk-link" href="/sign-in">
              Sign in with your work email
            </Link>{" "}
            to book. You do not need a password.
          </p>
        ) : null}
      </div>
    </div>
  );
}
