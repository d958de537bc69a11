/*
  Warnings:

  - A unique constraint covering the columns `[organizationId,id]` on the table `Order` will be added. If there are existing duplicate values, this will fail.

*/
-- DropForeignKey
ALTER TABLE "Enrolment" DROP CONSTRAINT "Enrolment_orderId_fkey";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "lastOrderNumber" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastTicketNumber" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "Order_organizationId_id_key" ON "Order"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "Order"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_organizationId_creditedInvoiceId_fkey" FOREIGN KEY ("organizationId", "creditedInvoiceId") REFERENCES "Invoice"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
