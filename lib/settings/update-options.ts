import "server-only";
import type { z } from "zod";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { invalidateSiteCache } from "../tenancy/cached-site-lookup";
import { assertAdmin } from "../auth/assert-admin";
import type { optionsSchema } from "./settings-schemas";

/** The extranet option, the invitation box default, multi-extranet mode, the contacts' second factor and the catalogue's satisfaction rates. */
export async function updateOptions({ staff, input }: { staff: StaffContext; input: z.output<typeof optionsSchema> }): Promise<void> {
  assertAdmin(staff);
  await db.$transaction([
    db.organization.update({ where: { id: staff.organizationId }, data: input }),
    db.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        actorUserId: staff.user.id,
        action: "settings.options_updated",
        targetType: "Organization",
        targetId: staff.organizationId,
        metadata: input,
      },
    }),
  ]);
  await invalidateSiteCache();
}
