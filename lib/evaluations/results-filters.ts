import { z } from "zod";
import { enumFilter, idFilter } from "../http/request-params";
import { EVALUATION_KINDS } from "./questions";

const dayFilter = z
  .preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  )
  .catch(undefined);

/** The results page's query string (and its exports'): kind, action, module, trainer, company, period of the actions' end. */
export const resultsQuery = z.object({
  type: enumFilter(EVALUATION_KINDS),
  action: idFilter,
  module: idFilter,
  formateur: idFilter,
  entreprise: idFilter,
  du: dayFilter,
  au: dayFilter,
});
export type ResultsQuery = z.output<typeof resultsQuery>;
