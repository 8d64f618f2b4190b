// Links inside the app: next/link without prefetching. next/link prefetches every link that scrolls into view,
// but every page here is rendered per request (a CSP nonce, the session), so each prefetch is a server render
// nobody asked for: one catalogue view sent 10–12 of them, ~60–70 ms of server CPU against 0.2 ms for the
// (micro-cached) page itself. Without prefetch a click still navigates client-side; it fetches the page then.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
