import "server-only";
import { notFound } from "next/navigation";
import { PDFDocument } from "pdf-lib";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { getFileStorage } from "../storage/storage";
import { rolesOpening } from "../tenancy/contact-permissions";

/** One document of the organisation with its signature requests, their evidence and history; else not found. */
export async function getStaffDocument({ staff, documentId }: { staff: StaffContext; documentId: string }) {
  const document = await db.document.findFirst({
    where: { id: documentId, organizationId: staff.organizationId },
    select: {
      id: true,
      title: true,
      kind: true,
      sha256: true,
      sizeBytes: true,
      sentAt: true,
      createdAt: true,
      storageKey: true,
      companyId: true,
      company: { select: { id: true, name: true } },
      action: { select: { number: true, title: true } },
      participant: { select: { firstName: true, lastName: true } },
      signatureRequests: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          status: true,
          stampPage: true,
          signerName: true,
          signerFunction: true,
          signerEmail: true,
          signedIp: true,
          signedUserAgent: true,
          originalSha256: true,
          signedSha256: true,
          otpAttempts: true,
          otpVerifiedAt: true,
          sentAt: true,
          viewedAt: true,
          signedAt: true,
          cancelledAt: true,
          createdAt: true,
          signer: { select: { firstName: true, lastName: true } },
          events: { orderBy: { occurredAt: "asc" }, take: 100, select: { id: true, type: true, ip: true, occurredAt: true } },
        },
      },
    },
  });
  if (!document) notFound();
  const [signers, bytes] = await Promise.all([
    db.contact.findMany({
      where: {
        organizationId: staff.organizationId,
        companyId: document.companyId,
        access: { is: { status: "ACTIVE", role: { in: rolesOpening("documents") } } },
      },
      orderBy: { lastName: "asc" },
      take: 100,
      select: { id: true, firstName: true, lastName: true, jobTitle: true },
    }),
    getFileStorage().get(document.storageKey),
  ]);
  const pageCount = bytes ? ((await PDFDocument.load(bytes, { ignoreEncryption: true }).catch(() => null))?.getPageCount() ?? 1) : 1;
  const { storageKey: _storageKey, ...rest } = document;
  return { ...rest, signers, pageCount };
}

export type StaffDocument = Awaited<ReturnType<typeof getStaffDocument>>;
