-- CreateIndex
CREATE INDEX "Contact_organizationId_email_id_idx" ON "Contact"("organizationId", "email", "id");
