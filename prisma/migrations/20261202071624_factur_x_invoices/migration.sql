-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "vatNumber" TEXT;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "deliveryAddress" TEXT,
ADD COLUMN     "deliveryCity" TEXT,
ADD COLUMN     "deliveryPostalCode" TEXT,
ADD COLUMN     "vatOnDebits" BOOLEAN NOT NULL DEFAULT false;
