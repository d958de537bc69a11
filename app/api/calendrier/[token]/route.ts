import { z } from "zod";
import { buildIcal } from "@/lib/calendar/build-ical";
import { listCalendarSlots } from "@/lib/calendar/list-calendar-slots";
import { resolveCalendarFeed } from "@/lib/calendar/resolve-calendar-feed";
import { notFoundResponse, publicRoute } from "@/lib/http/define-route";
import { tokenParam } from "@/lib/http/request-params";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

const DAY = 86_400_000;

// GET /api/calendrier/<token>.ics on the company's extranet host: proxy.ts passes /api/* through with the
// site it resolved from the Host header, so getCurrentSite() works here as in pages.
export const GET = publicRoute(
  {
    params: z.object({
      token: z
        .string()
        .transform((value) => value.replace(/\.ics$/, ""))
        .pipe(tokenParam),
    }),
  },
  async ({ params }) => {
    const site = await getCurrentSite();
    const owner = await resolveCalendarFeed({ site, token: params.token });
    if (!owner) return notFoundResponse();
    const now = new Date();
    const slots = await listCalendarSlots({
      context: owner,
      from: new Date(now.getTime() - 90 * DAY),
      to: new Date(now.getTime() + 400 * DAY),
    });
    const body = buildIcal({ name: `${owner.company.name} — ${site.branding.name}`, host: site.hostname, slots, generatedAt: now });
    return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store" } });
  },
);
