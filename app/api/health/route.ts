import { db } from "@/lib/db";

// Answers on any host (proxy.ts lets it through) so load balancers and the test runner can probe it.
export async function GET() {
  await db.$queryRaw`SELECT 1`;
  return Response.json({ status: "ok" });
}
