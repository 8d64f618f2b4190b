import type { Metadata } from "next";
import Forbidden from "../forbidden";

export const metadata: Metadata = { title: "You cannot see this page" };

// Kept for old links: pages now refuse in place, with status 403 (app/forbidden.tsx).
export default function ForbiddenPage() {
  return <Forbidden />;
}
