-- CreateIndex
CREATE INDEX "Contact_organizationId_lastName_firstName_id_idx" ON "Contact"("organizationId", "lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Document_organizationId_createdAt_idx" ON "Document"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_organizationId_status_createdAt_idx" ON "Order"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "QualityTicket_organizationId_receivedAt_idx" ON "QualityTicket"("organizationId", "receivedAt");
