-- CreateIndex
CREATE INDEX "EmailOutbox_organizationId_to_id_idx" ON "EmailOutbox"("organizationId", "to", "id");

-- CreateIndex
CREATE INDEX "EmailOutbox_organizationId_status_createdAt_id_idx" ON "EmailOutbox"("organizationId", "status", "createdAt", "id");
