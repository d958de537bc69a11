import "server-only";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { getFileStorage } from "../storage/storage";
import { invalidateSiteCache } from "../tenancy/cached-site-lookup";
import { assertAdmin } from "../auth/assert-admin";
import { LOGO_MAX_BYTES, LOGO_TYPES } from "./settings-schemas";

export const brandingKey = (organizationId: string, file: string) => `organizations/${organizationId}/branding/${file}`;

function sniffType(bytes: Uint8Array): keyof typeof LOGO_TYPES | null {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "image/png";
  const head = new TextDecoder().decode(bytes.slice(0, 1024)).trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "image/svg+xml";
  return null;
}

export type UploadLogoResult = { status: "uploaded"; logoUrl: string } | { status: "invalid"; error: "logo_type" | "logo_size" };

/**
 * Stores a PNG or SVG logo (≤ 200 KB, type checked from the bytes, not the browser's claim) for the
 * organisation or one of its centres, served by app/s/[site]/branding/[file]/route.ts.
 */
export async function uploadLogo({
  staff,
  centreId,
  file,
}: {
  staff: StaffContext;
  centreId: string | null;
  file: File;
}): Promise<UploadLogoResult> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  if (centreId && !(await db.centre.findFirst({ where: { id: centreId, organizationId }, select: { id: true } }))) notFound();
  if (file.size === 0 || file.size > LOGO_MAX_BYTES) return { status: "invalid", error: "logo_size" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffType(bytes);
  if (!type) return { status: "invalid", error: "logo_type" };
  const name = `${randomUUID()}.${LOGO_TYPES[type]}`;
  await getFileStorage().put(brandingKey(organizationId, name), bytes, type);
  const logoUrl = `/branding/${name}`;
  await db.$transaction([
    centreId
      ? db.centre.update({ where: { id: centreId }, data: { logoUrl } })
      : db.organization.update({ where: { id: organizationId }, data: { logoUrl } }),
    db.auditEvent.create({
      data: {
        organizationId,
        actorUserId: staff.user.id,
        action: "settings.logo_uploaded",
        targetType: centreId ? "Centre" : "Organization",
        targetId: centreId ?? organizationId,
      },
    }),
  ]);
  await invalidateSiteCache();
  return { status: "uploaded", logoUrl };
}
