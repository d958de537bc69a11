import { z } from "zod";
import { searchCompanyChoices } from "@/lib/crm/company-choices";
import { staffRoute } from "@/lib/http/define-route";
import { flagFilter, idFilter, textFilter } from "@/lib/http/request-params";

/** GET /admin/entreprises/choix?q=…[&parents=1][&sauf=<id>]: the companies a staff form's company picker offers, as JSON. */
export const GET = staffRoute({ query: z.object({ q: textFilter(), parents: flagFilter, sauf: idFilter }) }, async ({ query }, staff) =>
  Response.json(await searchCompanyChoices({ staff, query: query.q, parentsOnly: query.parents, excludeId: query.sauf }), {
    headers: { "cache-control": "private, no-store" },
  }),
);
