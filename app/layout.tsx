import type { Metadata, Viewport } from "next";
import { Link } from "@/lib/ui/link";
import "./globals.scss";
import { currentActor, hasRole } from "@/lib/auth";
import { getPartnershipForRender } from "@/lib/partnership";
import { Footer, Header } from "@/lib/ui/layout";
import { signOutAction } from "./sign-in/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const p = await getPartnershipForRender();
  return { title: { default: `${p.shortName} learning`, template: `%s – ${p.shortName} learning` }, description: `Safeguarding training from the ${p.name}` };
}

export const viewport: Viewport = { themeColor: "#1d70b8", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [p, actor] = await Promise.all([getPartnershipForRender(), currentActor()]);
  const nav = [{ href: "/catalogue", label: "Find training" }];
  if (actor) nav.push({ href: "/my-learning", label: "My learning" });
  if (hasRole(actor, "trainer", "admin")) nav.push({ href: "/trainer", label: "My sessions" });
  if (hasRole(actor, "safer_contact")) nav.push({ href: "/safer", label: "Safer" });
  if (hasRole(actor, "admin")) nav.push({ href: "/admin", label: "Business unit" });
  const signedIn = actor ? (
    <form action={signOutAction} className="app-inline-form">
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
        Sign out<span className="govuk-visually-hidden"> {actor.email}</span>
      </button>
    </form>
  ) : (
    <Link className="govuk-service-navigation__link" href="/sign-in">
      Sign in
    </Link>
  );
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          Skip to main content
        </a>
        <Header serviceName="Safeguarding learning" partnershipName={p.name} nav={nav} signedIn={signedIn} />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
        <Footer partnershipName={p.name} helpContacts={p.helpContacts} />
      </body>
    </html>
  );
}
