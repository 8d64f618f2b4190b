"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later. Nothing you entered has been saved if you saw this after sending a form.</p>
      <button className="govuk-button govuk-button--secondary" type="button" onClick={() => reset()}>
        Try again
      </button>
    </>
  );
}
