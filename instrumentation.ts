// Runs once when a Next.js server starts: this instance's background work (job workers, pub/sub listener).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundWork } = await import("./lib/server/background-work");
  await startBackgroundWork();
}
