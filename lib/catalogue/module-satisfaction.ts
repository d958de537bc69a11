import "server-only";
import { cachedForOrganization } from "../cache/organization-data-cache";
import { db } from "../db";

/** Below this many answers a module shows no rate: two or three answers make a figure that means nothing. */
export const MIN_SATISFACTION_ANSWERS = 5;
/** The rates change only with an answer or the option, and both invalidate them: the TTL only bounds a lost message. */
const SATISFACTION_TTL_MS = 10 * 60_000;

export interface ModuleSatisfaction {
  /** Share of the 1–5 scores at 4 or 5, as on the results page. */
  rate: number;
  /** Participants' questionnaires answered with at least one score. */
  answers: number;
}

/**
 * Indicator 2: each module's satisfaction rate from its participants' questionnaires (à chaud, à froid)
 * when the organisation publishes it, for the modules with at least MIN_SATISFACTION_ANSWERS answers;
 * empty otherwise. One aggregate query for all the organisation's modules, kept with the catalogue's
 * cached data and forgotten when an answer arrives or the option changes.
 */
export function loadModuleSatisfaction(organizationId: string): Promise<ReadonlyMap<string, ModuleSatisfaction>> {
  return cachedForOrganization(organizationId, "satisfaction", SATISFACTION_TTL_MS, async () => {
    const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { publishSatisfaction: true } });
    if (!organization.publishSatisfaction) return new Map();
    const rows = await db.$queryRaw<{ moduleId: string; answers: number; satisfied: number; scored: number }[]>`
      SELECT am."moduleId" AS "moduleId",
             COUNT(DISTINCT s."id")::int AS "answers",
             (COUNT(*) FILTER (WHERE (a."values" ->> (q ->> 'id'))::numeric >= 4))::int AS "satisfied",
             COUNT(*)::int AS "scored"
      FROM "EvaluationSend" s
      JOIN "EvaluationAnswer" a ON a."sendId" = s."id"
      JOIN "EvaluationTemplateVersion" v ON v."id" = s."versionId"
      JOIN "ActionModule" am ON am."actionId" = s."actionId"
      CROSS JOIN LATERAL jsonb_array_elements(v."questions") q
      WHERE s."organizationId" = ${organizationId} AND s."kind" IN ('HOT', 'COLD') AND s."cancelledAt" IS NULL
        AND q ->> 'kind' = 'SCALE' AND jsonb_typeof(a."values" -> (q ->> 'id')) = 'number'
      GROUP BY am."moduleId"`;
    return new Map(
      rows
        .filter((row) => row.answers >= MIN_SATISFACTION_ANSWERS)
        .map((row) => [row.moduleId, { rate: row.satisfied / row.scored, answers: row.answers }] as const),
    );
  });
}
