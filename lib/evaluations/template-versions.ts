import { randomBytes } from "node:crypto";
import { notFound } from "next/navigation";
import type { TransactionClient } from "../db/create-prisma-client";
import { readQuestions, type Question } from "./questions";

export const newQuestionId = () => randomBytes(6).toString("hex");

/** A template's current questions (of its latest version), or null when it is not this organisation's. */
export async function currentQuestions({
  tx,
  organizationId,
  templateId,
}: {
  tx: TransactionClient;
  organizationId: string;
  templateId: string;
}): Promise<{ version: number; questions: Question[] } | null> {
  const template = await tx.evaluationTemplate.findFirst({
    where: { id: templateId, organizationId },
    select: { currentVersion: true, versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, questions: true } } },
  });
  const latest = template?.versions[0];
  return latest ? { version: latest.version, questions: readQuestions(latest.questions) } : null;
}

/**
 * Versions are never changed: a change of the questions writes the next version and makes it current,
 * so every send already made keeps the wording it went out with. The template row is locked (its
 * counter bumped first), so two editors never write the same version number.
 */
export async function writeNextVersion({
  tx,
  organizationId,
  templateId,
  change,
}: {
  tx: TransactionClient;
  organizationId: string;
  templateId: string;
  change: (questions: Question[]) => Question[] | null;
}): Promise<{ version: number } | null> {
  const bumped = await tx.evaluationTemplate.updateMany({
    where: { id: templateId, organizationId, archivedAt: null },
    data: { currentVersion: { increment: 1 } },
  });
  if (bumped.count === 0) return null;
  const current = await currentQuestions({ tx, organizationId, templateId });
  const questions = change(current?.questions ?? []);
  // The question to change is not there (another editor removed it): nothing is written.
  if (!questions) notFound();
  const { currentVersion } = await tx.evaluationTemplate.findUniqueOrThrow({ where: { id: templateId }, select: { currentVersion: true } });
  await tx.evaluationTemplateVersion.create({ data: { organizationId, templateId, version: currentVersion, questions } });
  return { version: currentVersion };
}
