export class AuthorizationError extends Error {
  /**
   * Next.js treats an error with this digest as an HTTP access fallback (what notFound(), forbidden() and
   * unauthorized() throw), so a refusal thrown anywhere — page, server action or route handler — becomes a clean
   * 401/403/404 response instead of a 500, while lib code and tests still see an AuthorizationError.
   */
  readonly digest: string;

  constructor(
    message: string,
    readonly status: 401 | 403 | 404 = 403,
  ) {
    super(message);
    this.name = "AuthorizationError";
    this.digest = `NEXT_HTTP_ERROR_FALLBACK;${status}`;
  }
}
