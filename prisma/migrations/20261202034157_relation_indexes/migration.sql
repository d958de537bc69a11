-- CreateIndex
CREATE INDEX "Enrolment_orderId_idx" ON "Enrolment"("orderId");

-- CreateIndex
CREATE INDEX "Invoice_creditedInvoiceId_idx" ON "Invoice"("creditedInvoiceId");

-- CreateIndex
CREATE INDEX "StoredFile_ticketMessageId_idx" ON "StoredFile"("ticketMessageId");
