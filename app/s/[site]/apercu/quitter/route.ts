import { redirect } from "next/navigation";
import { endPreview } from "@/lib/preview/start-preview";

// GET /apercu/quitter: leaves the preview and goes back to the administration.
export async function GET() {
  await endPreview();
  redirect("/admin");
}
