// next-auth (v4) with the Email provider and database sessions. We issue the magic-link token ourselves
// (lib/auth/sign-in.ts) so we can rate-limit and show GOV.UK errors; next-auth redeems it on POST.
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db/client";
import { account, authSession, person, verificationToken } from "@/db/schema";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, SIGN_IN_TOKEN_MINUTES, authSecret } from "./config";
import { recordAudit } from "@/lib/audit";

export async function getAuthOptions(): Promise<NextAuthOptions> {
  const db = await getDb();
  return {
    secret: authSecret(),
    adapter: DrizzleAdapter(db, {
      usersTable: person as never,
      accountsTable: account as never,
      sessionsTable: authSession as never,
      verificationTokensTable: verificationToken as never,
    }) as NextAuthOptions["adapter"],
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_TOKEN_MINUTES * 60,
        // Links are sent by lib/auth/sign-in.ts; next-auth's own sign-in POST is not used by our pages.
        sendVerificationRequest: async () => {
          throw new Error("Use the sign-in page");
        },
      }),
    ],
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      session: ({ session, user }) => ({ ...session, user: { ...session.user, id: user.id } }),
    },
    events: {
      signIn: async ({ user, isNewUser }) => {
        await recordAudit({ actorId: user.id, action: isNewUser ? "person.created" : "person.signed_in", entity: "person", entityId: user.id });
      },
    },
  };
}
