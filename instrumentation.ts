// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startEmailDeliveryLoop } = await import("./lib/email/email-delivery-loop");
  startEmailDeliveryLoop();
}
