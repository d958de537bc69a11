import "server-only";
import { randomBytes } from "node:crypto";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { TransactionClient } from "../db/create-prisma-client";
import { invalidateSiteCache } from "../tenancy/cached-site-lookup";
import { classifyHostnameClaim } from "./domain-claim";
import { assertAdmin } from "../auth/assert-admin";

export type AddDomainResult =
  | { status: "added"; id: string; verified: boolean }
  | { status: "invalid"; error: "hostname_taken" | "hostname_foreign" | "hostname_unprovable" };

function audit(tx: TransactionClient, staff: StaffContext, action: string, domain: { id: string; hostname: string }) {
  return tx.auditEvent.create({
    data: {
      organizationId: staff.organizationId,
      actorUserId: staff.user.id,
      action,
      targetType: "Domain",
      targetId: domain.id,
      metadata: { hostname: domain.hostname },
    },
  });
}

/** The first verified domain of the organisation or centre becomes its primary one (the address in emails). */
async function primaryIfNone(tx: TransactionClient, domain: { id: string; organizationId: string; centreId: string | null }) {
  const hasPrimary = await tx.domain.count({
    where: { organizationId: domain.organizationId, centreId: domain.centreId, isPrimary: true },
  });
  if (!hasPrimary) await tx.domain.update({ where: { id: domain.id }, data: { isPrimary: true } });
}

/**
 * Adds a hostname (already validated by hostnameSchema) to the organisation or one of its centres. A
 * name under the organisation's own verified domains is verified at once; under another organisation's
 * it is refused; any other name waits for its DNS TXT record (verify-domain.ts) and serves nothing until
 * then. Another organisation's unproven claim on the same name does not block: whoever proves it first
 * gets it.
 */
export async function addDomain({
  staff,
  centreId,
  hostname,
}: {
  staff: StaffContext;
  centreId: string | null;
  hostname: string;
}): Promise<AddDomainResult> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  const result = await db.$transaction(async (tx) => {
    if (centreId && !(await tx.centre.findFirst({ where: { id: centreId, organizationId }, select: { id: true } }))) notFound();
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { id: true, slug: true } });
    const claim = await classifyHostnameClaim({ tx, organization, hostname });
    if (claim === "foreign") return { status: "invalid", error: "hostname_foreign" } as const;
    if (claim === "unprovable") return { status: "invalid", error: "hostname_unprovable" } as const;
    const existing = await tx.domain.findUnique({ where: { hostname }, select: { id: true, organizationId: true, verifiedAt: true } });
    if (existing && (existing.verifiedAt || existing.organizationId === organizationId))
      return { status: "invalid", error: "hostname_taken" } as const;
    if (existing) await tx.domain.delete({ where: { id: existing.id } });

    const verified = claim === "own";
    const domain = await tx.domain.create({
      data: {
        organizationId,
        centreId,
        hostname,
        verifiedAt: verified ? new Date() : null,
        verificationToken: verified ? null : randomBytes(18).toString("base64url"),
      },
      select: { id: true, organizationId: true, centreId: true, hostname: true },
    });
    if (verified) await primaryIfNone(tx, domain);
    await audit(tx, staff, "domain.added", domain);
    return { status: "added", id: domain.id, verified } as const;
  });
  await invalidateSiteCache();
  return result;
}

/** Marks a verified hostname as the one used in emails for its organisation or centre (one primary each). */
export async function setPrimaryDomain({ staff, domainId }: { staff: StaffContext; domainId: string }): Promise<void> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  await db.$transaction(async (tx) => {
    const domain = await tx.domain.findFirst({
      where: { id: domainId, organizationId, verifiedAt: { not: null } },
      select: { id: true, centreId: true, hostname: true },
    });
    if (!domain) notFound();
    await tx.domain.updateMany({ where: { organizationId, centreId: domain.centreId, isPrimary: true }, data: { isPrimary: false } });
    await tx.domain.update({ where: { id: domain.id }, data: { isPrimary: true } });
    await audit(tx, staff, "domain.primary_set", domain);
  });
  await invalidateSiteCache();
}

/** Records a proven ownership (DNS TXT record checked by the caller): from now on the hostname serves the site. */
export async function markDomainVerified({ tx, staff, domainId }: { tx: TransactionClient; staff: StaffContext; domainId: string }) {
  const domain = await tx.domain.update({
    where: { id: domainId },
    data: { verifiedAt: new Date(), verificationToken: null },
    select: { id: true, organizationId: true, centreId: true, hostname: true },
  });
  await primaryIfNone(tx, domain);
  await audit(tx, staff, "domain.verified", domain);
}

export async function removeDomain({ staff, domainId }: { staff: StaffContext; domainId: string }): Promise<void> {
  assertAdmin(staff);
  const organizationId = staff.organizationId;
  await db.$transaction(async (tx) => {
    const domain = await tx.domain.findFirst({ where: { id: domainId, organizationId }, select: { id: true, hostname: true } });
    if (!domain) notFound();
    await tx.domain.delete({ where: { id: domain.id } });
    await audit(tx, staff, "domain.removed", domain);
  });
  await invalidateSiteCache();
}
