import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { invalidateSiteCache } from "../tenancy/cached-site-lookup";
import { resolveTxtRecords } from "./dns-txt";
import { domainVerificationRecord } from "./domain-verification-record";
import { assertAdmin } from "../auth/assert-admin";
import { markDomainVerified } from "./manage-domains";

/**
 * Checks the DNS TXT record of a pending hostname of the organisation; when it holds the expected value
 * the hostname is verified and starts serving the site. Another organisation's id answers not found.
 */
export async function verifyDomain({ staff, domainId }: { staff: StaffContext; domainId: string }): Promise<{ verified: boolean }> {
  assertAdmin(staff);
  const domain = await db.domain.findFirst({
    where: { id: domainId, organizationId: staff.organizationId },
    select: { id: true, hostname: true, verifiedAt: true, verificationToken: true },
  });
  if (!domain) notFound();
  if (domain.verifiedAt || !domain.verificationToken) return { verified: true };
  const record = domainVerificationRecord({ hostname: domain.hostname, verificationToken: domain.verificationToken });
  if (!(await resolveTxtRecords(record.name)).includes(record.value)) return { verified: false };
  await db.$transaction((tx) => markDomainVerified({ tx, staff, domainId: domain.id }));
  invalidateSiteCache();
  return { verified: true };
}
