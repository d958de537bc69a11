-- CreateEnum
CREATE TYPE "PaymentSessionStatus" AS ENUM ('OPEN', 'PAID', 'EXPIRED');

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "vatNumber" TEXT;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "deliveryAddress" TEXT,
ADD COLUMN     "deliveryCity" TEXT,
ADD COLUMN     "deliveryPostalCode" TEXT,
ADD COLUMN     "vatOnDebits" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "providerPaymentId" TEXT;

-- CreateTable
CREATE TABLE "PaymentSession" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "createdByUserId" TEXT NOT NULL,
    "providerSessionId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "PaymentSessionStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentSessionInvoice" (
    "organizationId" TEXT NOT NULL,
    "paymentSessionId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,

    CONSTRAINT "PaymentSessionInvoice_pkey" PRIMARY KEY ("paymentSessionId","invoiceId")
);

-- CreateTable
CREATE TABLE "PaymentProviderEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentProviderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentSession_providerSessionId_key" ON "PaymentSession"("providerSessionId");

-- CreateIndex
CREATE INDEX "PaymentSession_organizationId_companyId_createdAt_idx" ON "PaymentSession"("organizationId", "companyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentSession_organizationId_id_key" ON "PaymentSession"("organizationId", "id");

-- CreateIndex
CREATE INDEX "PaymentSessionInvoice_invoiceId_idx" ON "PaymentSessionInvoice"("invoiceId");

-- CreateIndex
CREATE INDEX "Payment_providerPaymentId_idx" ON "Payment"("providerPaymentId");

-- AddForeignKey
ALTER TABLE "PaymentSession" ADD CONSTRAINT "PaymentSession_organizationId_companyId_fkey" FOREIGN KEY ("organizationId", "companyId") REFERENCES "Company"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentSessionInvoice" ADD CONSTRAINT "PaymentSessionInvoice_organizationId_paymentSessionId_fkey" FOREIGN KEY ("organizationId", "paymentSessionId") REFERENCES "PaymentSession"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentSessionInvoice" ADD CONSTRAINT "PaymentSessionInvoice_organizationId_invoiceId_fkey" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "Invoice"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
