-- AlterTable
ALTER TABLE "SignatureRequest" ADD COLUMN     "expiresAt" TIMESTAMP(3);
