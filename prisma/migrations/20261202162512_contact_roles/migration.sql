-- Existing accesses become ADMIN (the column default): every contact keeps what it could do before roles.
-- CreateEnum
CREATE TYPE "ContactRole" AS ENUM ('ADMIN', 'TRAINING', 'FINANCE', 'MANAGER');

-- AlterTable
ALTER TABLE "ExtranetAccess" ADD COLUMN     "role" "ContactRole" NOT NULL DEFAULT 'ADMIN';

-- CreateTable
CREATE TABLE "ManagerAssignment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "accessId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagerAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ManagerAssignment_organizationId_participantId_idx" ON "ManagerAssignment"("organizationId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "ManagerAssignment_accessId_participantId_key" ON "ManagerAssignment"("accessId", "participantId");

-- AddForeignKey
ALTER TABLE "ManagerAssignment" ADD CONSTRAINT "ManagerAssignment_accessId_fkey" FOREIGN KEY ("accessId") REFERENCES "ExtranetAccess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagerAssignment" ADD CONSTRAINT "ManagerAssignment_organizationId_participantId_fkey" FOREIGN KEY ("organizationId", "participantId") REFERENCES "Participant"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
