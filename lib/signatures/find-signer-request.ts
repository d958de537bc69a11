import "server-only";
import { notFound } from "next/navigation";
import type { ContactContext } from "../auth/require-contact";
import type { TransactionClient } from "../db/create-prisma-client";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";

/**
 * A signature request addressed to this contact in the company the session shows. Anything else —
 * another company's, another organisation's, another signer's — answers not found.
 */
export async function findSignerRequest({
  context,
  requestId,
  tx,
}: {
  context: ContactContext;
  requestId: string;
  tx?: TransactionClient;
}) {
  const request = await (tx ?? db).signatureRequest.findFirst({
    where: { id: requestId, ...companyScope(context), signerContactId: context.contactId },
    select: {
      id: true,
      status: true,
      stampPage: true,
      otpHash: true,
      otpExpiresAt: true,
      otpAttempts: true,
      expiresAt: true,
      createdAt: true,
      sentAt: true,
      document: { select: { id: true, title: true, storageKey: true, sha256: true, company: { select: { name: true } } } },
    },
  });
  if (!request) notFound();
  return request;
}
