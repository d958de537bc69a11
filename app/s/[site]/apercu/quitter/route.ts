import { staffRoute } from "@/lib/http/define-route";
import { seeOther } from "@/lib/http/see-other";
import { endPreview } from "@/lib/preview/start-preview";

// POST /apercu/quitter (the preview banner's button): leaves the preview and goes back to the administration.
export const POST = staffRoute({}, async () => {
  await endPreview();
  return seeOther("/admin");
});
