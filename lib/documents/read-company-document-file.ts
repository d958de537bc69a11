import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { getFileStorage } from "../storage/storage";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";

/** The bytes of a document sent to the company the session shows (its signed version when asked and present); null otherwise. */
export async function readCompanyDocumentFile({
  context,
  documentId,
  version,
}: {
  context: ContactContext;
  documentId: string;
  version: "original" | "signed";
}) {
  const document = await db.document.findFirst({
    where: { id: documentId, ...viewedCompaniesScope(viewedCompanies(context)), sentAt: { not: null } },
    select: {
      title: true,
      storageKey: true,
      signatureRequests: { where: { status: "SIGNED" }, orderBy: { signedAt: "desc" }, take: 1, select: { signedStorageKey: true } },
    },
  });
  if (!document) return null;
  const signedKey = document.signatureRequests[0]?.signedStorageKey;
  if (version === "signed" && !signedKey) return null;
  const bytes = await getFileStorage().get(version === "signed" ? signedKey! : document.storageKey);
  return bytes ? { bytes, filename: `${document.title}${version === "signed" ? " (signé)" : ""}.pdf` } : null;
}
