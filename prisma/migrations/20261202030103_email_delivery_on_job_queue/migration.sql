/*
  Warnings:

  - You are about to drop the column `nextAttemptAt` on the `EmailOutbox` table. All the data in the column will be lost.

*/
-- DropIndex
DROP INDEX "EmailOutbox_status_nextAttemptAt_idx";

-- AlterTable
ALTER TABLE "EmailOutbox" DROP COLUMN "nextAttemptAt";

-- CreateIndex
CREATE INDEX "EmailOutbox_status_createdAt_idx" ON "EmailOutbox"("status", "createdAt");
