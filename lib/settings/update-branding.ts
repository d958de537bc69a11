import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { invalidateSiteCache } from "../tenancy/cached-site-lookup";
import { assertAdmin } from "../auth/assert-admin";
import type { centreSchema, organizationBrandingSchema } from "./settings-schemas";

export async function updateOrganizationBranding({
  staff,
  input,
}: {
  staff: StaffContext;
  input: z.output<typeof organizationBrandingSchema>;
}): Promise<void> {
  assertAdmin(staff);
  await db.$transaction([
    db.organization.update({ where: { id: staff.organizationId }, data: input }),
    db.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        actorUserId: staff.user.id,
        action: "settings.branding_updated",
        targetType: "Organization",
        targetId: staff.organizationId,
      },
    }),
  ]);
  await invalidateSiteCache();
}

export type SaveCentreResult = { status: "saved"; id: string } | { status: "invalid"; field: "slug"; error: string };

/** Creates a sub-centre (with a slug) or updates one of this organisation (another's id → not found). */
export async function saveCentre({
  staff,
  centreId,
  input,
}: {
  staff: StaffContext;
  centreId?: string;
  input: z.output<typeof centreSchema>;
}): Promise<SaveCentreResult> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  const result = await db.$transaction(async (tx) => {
    const { slug, ...fields } = input;
    let id: string;
    if (centreId) {
      const centre = await tx.centre.findFirst({ where: { id: centreId, organizationId }, select: { id: true } });
      if (!centre) notFound();
      id = (await tx.centre.update({ where: { id: centre.id }, data: fields, select: { id: true } })).id;
    } else {
      if (!slug) return { status: "invalid", field: "slug", error: "invalid_slug" } as const;
      if (await tx.centre.findFirst({ where: { organizationId, slug }, select: { id: true } }))
        return { status: "invalid", field: "slug", error: "slug_taken" } as const;
      id = (await tx.centre.create({ data: { ...fields, slug, organizationId }, select: { id: true } })).id;
    }
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: staff.user.id,
        action: centreId ? "centre.updated" : "centre.created",
        targetType: "Centre",
        targetId: id,
      },
    });
    return { status: "saved", id } as const;
  });
  await invalidateSiteCache();
  return result;
}
