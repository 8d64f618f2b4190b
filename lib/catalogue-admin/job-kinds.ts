/** The job that emails one person whose booking ended because the business unit cancelled the session. */
export const SESSION_CANCELLED_JOB = "catalogue-admin.session-cancelled-mail";
/** The job that emails one person holding or waiting for a place when the business unit changes the session. */
export const SESSION_CHANGED_JOB = "catalogue-admin.session-changed-mail";
