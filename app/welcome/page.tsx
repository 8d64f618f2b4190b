import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth";

// Where a magic link returns to: new people finish their profile first.
export default async function WelcomePage() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  redirect(actor.profileComplete ? "/my-learning" : "/profile");
}
