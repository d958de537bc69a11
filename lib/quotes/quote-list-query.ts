import { z } from "zod";
import { directionFilter, pageFilter, sortFilter } from "../http/request-params";
import { QUOTE_SORTS } from "./list-quotes";

/** The query string of a quote list, in the extranet and in /admin: its page and its order (newest first by default). */
export const quoteListQuerySchema = z.object({
  page: pageFilter,
  tri: sortFilter(QUOTE_SORTS, "number"),
  ordre: directionFilter,
});
