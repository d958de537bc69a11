import { z } from "zod";
import { staffRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { seeOther } from "@/lib/http/see-other";
import { startPreview } from "@/lib/preview/start-preview";

// POST /apercu/<companyId> (a form on the company's page): staff only; sets the preview cookie, then shows
// that company's extranet read-only. A POST, so that no link or prefetch opens a preview by itself.
export const POST = staffRoute({ params: z.object({ companyId: idParam }) }, async ({ params }, staff) => {
  await startPreview({ staff, companyId: params.companyId });
  return seeOther("/");
});
