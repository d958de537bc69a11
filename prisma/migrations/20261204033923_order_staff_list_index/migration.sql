-- DropIndex
DROP INDEX "Order_organizationId_status_createdAt_idx";

-- CreateIndex
CREATE INDEX "Order_organizationId_status_createdAt_id_idx" ON "Order"("organizationId", "status", "createdAt" DESC, "id");
