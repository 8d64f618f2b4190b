// Runs once when a server instance starts: migrate (and seed an empty database), then start the job worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInstance } = await import("./lib/startup");
  await startInstance();
}
