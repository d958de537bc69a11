-- CreateIndex
CREATE INDEX "Document_organizationId_title_id_idx" ON "Document"("organizationId", "title", "id");

-- CreateIndex
CREATE INDEX "Document_organizationId_sentAt_id_idx" ON "Document"("organizationId", "sentAt", "id");

-- CreateIndex
CREATE INDEX "EmailOutbox_organizationId_to_id_idx" ON "EmailOutbox"("organizationId", "to", "id");

-- CreateIndex
CREATE INDEX "EmailOutbox_organizationId_status_createdAt_id_idx" ON "EmailOutbox"("organizationId", "status", "createdAt", "id");
