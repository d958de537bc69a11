import { redirect } from "next/navigation";
import { startPreview } from "@/lib/preview/start-preview";

// GET /apercu/<companyId>: staff only; sets the preview cookie, then shows that company's extranet read-only.
export async function GET(_request: Request, { params }: { params: Promise<{ companyId: string }> }) {
  await startPreview({ companyId: (await params).companyId });
  redirect("/");
}
