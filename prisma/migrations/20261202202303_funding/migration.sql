-- CreateEnum
CREATE TYPE "FunderKind" AS ENUM ('COMPANY', 'OPCO', 'CPF', 'FRANCE_TRAVAIL', 'REGION', 'OTHER');

-- CreateEnum
CREATE TYPE "Opco" AS ENUM ('AFDAS', 'AKTO', 'ATLAS', 'CONSTRUCTYS', 'OCAPIAT', 'OPCO_2I', 'OPCO_COHESION_SOCIALE', 'OPCO_COMMERCE', 'OPCO_EP', 'OPCO_MOBILITES', 'OPCO_SANTE');

-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('TO_REQUEST', 'REQUESTED', 'GRANTED', 'REFUSED', 'PAID');

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "fundingId" TEXT;

-- CreateTable
CREATE TABLE "Funding" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "enrolmentId" TEXT,
    "funderKind" "FunderKind" NOT NULL,
    "opco" "Opco",
    "funderName" TEXT,
    "agreementNumber" TEXT,
    "amountCents" INTEGER NOT NULL,
    "status" "FundingStatus" NOT NULL DEFAULT 'TO_REQUEST',
    "subrogation" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Funding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Funding_organizationId_companyId_actionId_idx" ON "Funding"("organizationId", "companyId", "actionId");

-- CreateIndex
CREATE INDEX "Funding_organizationId_companyId_status_idx" ON "Funding"("organizationId", "companyId", "status");

-- CreateIndex
CREATE INDEX "Funding_enrolmentId_idx" ON "Funding"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Funding_companyId_id_key" ON "Funding"("companyId", "id");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_companyId_fundingId_fkey" FOREIGN KEY ("companyId", "fundingId") REFERENCES "Funding"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_organizationId_companyId_fkey" FOREIGN KEY ("organizationId", "companyId") REFERENCES "Company"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_organizationId_actionId_fkey" FOREIGN KEY ("organizationId", "actionId") REFERENCES "TrainingAction"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_companyId_enrolmentId_fkey" FOREIGN KEY ("companyId", "enrolmentId") REFERENCES "Enrolment"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
