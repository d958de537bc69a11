import "server-only";
import { assertAdmin } from "../auth/assert-admin";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

const DELIVERY_LOG_SIZE = 50;

/** What /admin/api shows: the organisation's tokens, webhook endpoints and latest deliveries. Administrators only. */
export async function getApiAdmin({ staff }: { staff: StaffContext }) {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  const [tokens, endpoints, deliveries] = await Promise.all([
    db.apiToken.findMany({
      where: { organizationId },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    }),
    db.webhookEndpoint.findMany({
      where: { organizationId },
      orderBy: { createdAt: "desc" },
      select: { id: true, url: true, description: true, events: true, disabledAt: true, consecutiveFailures: true, createdAt: true },
    }),
    db.webhookDelivery.findMany({
      where: { organizationId },
      orderBy: { createdAt: "desc" },
      take: DELIVERY_LOG_SIZE,
      select: {
        id: true,
        status: true,
        attempts: true,
        responseStatus: true,
        lastError: true,
        lastAttemptAt: true,
        createdAt: true,
        endpoint: { select: { url: true, disabledAt: true } },
        event: { select: { id: true, type: true } },
      },
    }),
  ]);
  return { tokens, endpoints, deliveries };
}
