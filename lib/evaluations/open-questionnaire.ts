import type { Database, TransactionClient } from "../db/create-prisma-client";
import { hashSecretToken } from "../accounts/secret-token";
import { tokenParam } from "../http/request-params";
import type { Site } from "../tenancy/site";
import { readQuestions, type Question } from "./questions";

export interface OpenQuestionnaire {
  sendId: string;
  organizationId: string;
  companyId: string;
  kind: string;
  actionTitle: string;
  title: string;
  questions: Question[];
}

/** Why a link opens nothing; the page says it plainly and offers nothing else. */
export type ClosedReason = "invalid" | "expired" | "answered";

const questionnaireSelect = {
  id: true,
  organizationId: true,
  companyId: true,
  kind: true,
  answeredAt: true,
  cancelledAt: true,
  action: { select: { title: true } },
  version: { select: { questions: true, template: { select: { title: true } } } },
} as const;

type SendRow = {
  id: string;
  organizationId: string;
  companyId: string;
  kind: string;
  action: { title: string };
  version: { questions: unknown; template: { title: string } };
};

export const toOpenQuestionnaire = (send: SendRow): OpenQuestionnaire => ({
  sendId: send.id,
  organizationId: send.organizationId,
  companyId: send.companyId,
  kind: send.kind,
  actionTitle: send.action.title,
  title: send.version.template.title,
  questions: readQuestions(send.version.questions),
});

/**
 * The questionnaire behind a participant's personal link, on this site's organisation only (another
 * organisation's link is "invalid", like a made-up one); expired or already answered says so.
 */
export async function openQuestionnaireByToken({
  db,
  site,
  token,
  now = new Date(),
}: {
  db: Database | TransactionClient;
  site: Site;
  token: string;
  now?: Date;
}): Promise<{ open: OpenQuestionnaire } | { closed: ClosedReason }> {
  if (!tokenParam.safeParse(token).success) return { closed: "invalid" };
  const link = await db.evaluationLink.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { organizationId: true, expiresAt: true, send: { select: questionnaireSelect } },
  });
  if (!link || link.organizationId !== site.organization.id || link.send.cancelledAt) return { closed: "invalid" };
  if (link.send.answeredAt) return { closed: "answered" };
  if (link.expiresAt <= now) return { closed: "expired" };
  return { open: toOpenQuestionnaire(link.send) };
}

/** A company questionnaire of the contact's own company (any other id: null, i.e. not found). */
export async function findCompanyQuestionnaire({
  db,
  scope,
  sendId,
}: {
  db: Database | TransactionClient;
  scope: { organizationId: string; companyId: string };
  sendId: string;
}) {
  const send = await db.evaluationSend.findFirst({
    where: { ...scope, id: sendId, kind: "COMPANY", sentAt: { not: null }, cancelledAt: null },
    select: { ...questionnaireSelect, answer: { select: { values: true, createdAt: true } } },
  });
  return send && { questionnaire: toOpenQuestionnaire(send), answer: send.answer };
}
