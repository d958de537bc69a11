-- CreateEnum
CREATE TYPE "EvaluationKind" AS ENUM ('HOT', 'COLD', 'COMPANY', 'FUNDER', 'TRAINER');

-- CreateEnum
CREATE TYPE "ImprovementSource" AS ENUM ('EVALUATION_ANSWER', 'EVALUATION_RESULT', 'QUALITY_TICKET', 'OTHER');

-- CreateEnum
CREATE TYPE "ImprovementStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "publishSatisfaction" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EvaluationTemplate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationTemplateVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "questions" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRule" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "templateId" TEXT NOT NULL,
    "moduleId" TEXT,
    "actionId" TEXT,
    "delayDays" INTEGER NOT NULL DEFAULT 0,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "scopeKey" TEXT NOT NULL,

    CONSTRAINT "EvaluationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationSend" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "versionId" TEXT NOT NULL,
    "enrolmentId" TEXT,
    "recipientKey" TEXT NOT NULL,
    "email" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastRemindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "sendId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAnswer" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "sendId" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "answeredByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementAction" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "source" "ImprovementSource" NOT NULL,
    "sendId" TEXT,
    "ticketId" TEXT,
    "actionId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueDate" DATE,
    "status" "ImprovementStatus" NOT NULL DEFAULT 'PLANNED',
    "outcome" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImprovementAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvaluationTemplate_organizationId_kind_idx" ON "EvaluationTemplate"("organizationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationTemplate_organizationId_id_key" ON "EvaluationTemplate"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationTemplateVersion_templateId_version_key" ON "EvaluationTemplateVersion"("templateId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationTemplateVersion_organizationId_id_key" ON "EvaluationTemplateVersion"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRule_organizationId_kind_scopeKey_key" ON "EvaluationRule"("organizationId", "kind", "scopeKey");

-- CreateIndex
CREATE INDEX "EvaluationSend_organizationId_companyId_kind_answeredAt_idx" ON "EvaluationSend"("organizationId", "companyId", "kind", "answeredAt");

-- CreateIndex
CREATE INDEX "EvaluationSend_organizationId_sentAt_idx" ON "EvaluationSend"("organizationId", "sentAt");

-- CreateIndex
CREATE INDEX "EvaluationSend_organizationId_dueAt_idx" ON "EvaluationSend"("organizationId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationSend_actionId_kind_recipientKey_key" ON "EvaluationSend"("actionId", "kind", "recipientKey");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationSend_companyId_id_key" ON "EvaluationSend"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationLink_tokenHash_key" ON "EvaluationLink"("tokenHash");

-- CreateIndex
CREATE INDEX "EvaluationLink_sendId_idx" ON "EvaluationLink"("sendId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationAnswer_sendId_key" ON "EvaluationAnswer"("sendId");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_organizationId_companyId_idx" ON "EvaluationAnswer"("organizationId", "companyId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationAnswer_companyId_sendId_key" ON "EvaluationAnswer"("companyId", "sendId");

-- CreateIndex
CREATE INDEX "ImprovementAction_organizationId_status_dueDate_idx" ON "ImprovementAction"("organizationId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "ImprovementAction_organizationId_actionId_idx" ON "ImprovementAction"("organizationId", "actionId");

-- AddForeignKey
ALTER TABLE "EvaluationTemplate" ADD CONSTRAINT "EvaluationTemplate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTemplateVersion" ADD CONSTRAINT "EvaluationTemplateVersion_organizationId_templateId_fkey" FOREIGN KEY ("organizationId", "templateId") REFERENCES "EvaluationTemplate"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRule" ADD CONSTRAINT "EvaluationRule_organizationId_templateId_fkey" FOREIGN KEY ("organizationId", "templateId") REFERENCES "EvaluationTemplate"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRule" ADD CONSTRAINT "EvaluationRule_organizationId_moduleId_fkey" FOREIGN KEY ("organizationId", "moduleId") REFERENCES "Module"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRule" ADD CONSTRAINT "EvaluationRule_organizationId_actionId_fkey" FOREIGN KEY ("organizationId", "actionId") REFERENCES "TrainingAction"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSend" ADD CONSTRAINT "EvaluationSend_organizationId_companyId_fkey" FOREIGN KEY ("organizationId", "companyId") REFERENCES "Company"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSend" ADD CONSTRAINT "EvaluationSend_organizationId_actionId_fkey" FOREIGN KEY ("organizationId", "actionId") REFERENCES "TrainingAction"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSend" ADD CONSTRAINT "EvaluationSend_organizationId_versionId_fkey" FOREIGN KEY ("organizationId", "versionId") REFERENCES "EvaluationTemplateVersion"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSend" ADD CONSTRAINT "EvaluationSend_companyId_enrolmentId_fkey" FOREIGN KEY ("companyId", "enrolmentId") REFERENCES "Enrolment"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationLink" ADD CONSTRAINT "EvaluationLink_companyId_sendId_fkey" FOREIGN KEY ("companyId", "sendId") REFERENCES "EvaluationSend"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_companyId_sendId_fkey" FOREIGN KEY ("companyId", "sendId") REFERENCES "EvaluationSend"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_organizationId_actionId_fkey" FOREIGN KEY ("organizationId", "actionId") REFERENCES "TrainingAction"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
