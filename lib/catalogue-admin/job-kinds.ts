/** The job that emails one person whose booking ended because the business unit cancelled the session. */
export const SESSION_CANCELLED_JOB = "catalogue-admin.session-cancelled-mail";
