/*
  Warnings:

  - You are about to drop the column `sessionVersion` on the `User` table. All the data in the column will be lost.
  - You are about to drop the `LoginAttempt` table. If the table is not empty, all the data it contains will be lost.

*/
-- CreateEnum
CREATE TYPE "SessionEndReason" AS ENUM ('LOGGED_OUT', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'ACCESS_CUT', 'ACCESS_RENEWED', 'ENDED_BY_USER');

-- AlterTable
ALTER TABLE "Domain" ADD COLUMN     "verificationToken" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "sealedContent" TEXT;

-- AlterTable
ALTER TABLE "User" DROP COLUMN "sessionVersion";

-- DropTable
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "userAgent" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endReason" "SessionEndReason",

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AuthSession_userId_endedAt_idx" ON "AuthSession"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "AuthSession_organizationId_lastSeenAt_idx" ON "AuthSession"("organizationId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "RateLimitCounter_resetAt_idx" ON "RateLimitCounter"("resetAt");

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_organizationId_userId_fkey" FOREIGN KEY ("organizationId", "userId") REFERENCES "User"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Domains configured before ownership was checked keep serving: an administrator added each one.
UPDATE "Domain" SET "verifiedAt" = "createdAt";

-- Emails queued before secrets were sealed kept live links and codes in the readable log: keep a note
-- only, and take the ones still pending out of the queue (staff re-send an invitation, a user asks for a
-- new link or code).
UPDATE "EmailOutbox" SET
  "subject" = CASE WHEN "template" = 'signature-code' THEN 'Votre code de signature' ELSE "subject" END,
  "html" = '<p>Contenu masqué : cet e-mail contenait un lien ou un code personnel.</p>',
  "text" = 'Contenu masqué : cet e-mail contenait un lien ou un code personnel.',
  "status" = CASE WHEN "status" = 'PENDING' THEN 'FAILED'::"EmailStatus" ELSE "status" END,
  "lastError" = CASE WHEN "status" = 'PENDING' THEN 'Retiré de la file : contenu masqué par sécurité' ELSE "lastError" END
WHERE "template" IN ('invitation', 'password-reset', 'email-change', 'signature-code');
