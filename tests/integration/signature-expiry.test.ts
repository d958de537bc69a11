jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

import { idleState } from "@/lib/actions/action-state";
import { requireContact } from "@/lib/auth/require-contact";
import { getCompanyDocument } from "@/lib/documents/get-company-document";
import { listCompanyDocuments } from "@/lib/documents/list-company-documents";
import { sendDocument } from "@/lib/documents/send-document-action";
import { uploadDocument } from "@/lib/documents/upload-document-action";
import { db } from "@/lib/db";
import { cancelSignatureRequest } from "@/lib/signatures/cancel-signature-request-action";
import { resendSignatureRequest } from "@/lib/signatures/resend-signature-request-action";
import { sendSignatureCode } from "@/lib/signatures/send-signature-code";
import { signDocument } from "@/lib/signatures/sign-document";
import { SIGNATURE_REQUEST_TTL_MS } from "@/lib/signatures/signature-rules";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, demoIdentity } from "../support/demo";
import { redirectTarget, simulateRequest } from "../support/next-request-mock";
import { makeTestPdf, pdfFormData } from "../support/test-pdf";

const RIVIERE = DEMO_COMPANIES.transportsRiviere.id;
const origin = { ip: "198.51.100.7", userAgent: "jest" };
const asFormapro = async () => simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
const asRiviere = async () => {
  simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
  return requireContact();
};

afterAll(() => db.$disconnect());

/** A document of Transports Rivière sent to its contact for signature; returns the document and its request. */
async function sentForSignature(title: string) {
  await asFormapro();
  const target = await redirectTarget(
    uploadDocument(idleState, pdfFormData({ companyId: RIVIERE, title }, { bytes: await makeTestPdf(title, 1), name: "essai.pdf" })),
  );
  const documentId = target.split("/").at(-1)!;
  const signer = await db.user.findFirstOrThrow({
    where: { email: DEMO_LOGINS.transportsRiviereContact.email },
    select: { access: { select: { contactId: true } } },
  });
  await sendDocument(idleState, pdfFormData({ documentId, mode: "signature", signerContactId: signer.access!.contactId, stampPage: "1" }));
  const request = await db.signatureRequest.findFirstOrThrow({ where: { documentId }, orderBy: { createdAt: "desc" } });
  return { documentId, request };
}

describe("signature requests that expire or are cancelled", () => {
  it("get an expiry when sent; past it the document reads expiré and cannot be signed", async () => {
    const { documentId, request } = await sentForSignature("Convention — expiration");
    expect(request.expiresAt!.getTime() - request.sentAt!.getTime()).toBe(SIGNATURE_REQUEST_TTL_MS);

    const context = await asRiviere();
    expect((await getCompanyDocument({ context, documentId })).status).toBe("to_sign");
    const later = new Date(request.expiresAt!.getTime() + 1_000);
    const expired = await getCompanyDocument({ context, documentId, now: later });
    expect(expired).toMatchObject({ status: "expired", openRequest: null, awaitingOther: false });
    const listed = await listCompanyDocuments({ context, status: "expired", now: later });
    expect(listed.documents.map((row) => row.id)).toContain(documentId);
    expect(listed.documents.find((row) => row.id === documentId)?.toSignByMe).toBe(false);
    expect((await listCompanyDocuments({ context, status: "to_sign", now: later })).documents.map((row) => row.id)).not.toContain(
      documentId,
    );

    expect(await sendSignatureCode({ context, requestId: request.id, origin, now: later })).toEqual({
      status: "refused",
      reason: "expired",
    });
    // Even with a code obtained in time, signing after the expiry is refused.
    await sendSignatureCode({ context, requestId: request.id, origin });
    const result = await signDocument({
      context,
      requestId: request.id,
      code: "000000",
      signerName: "Isabelle Rivière",
      signerFunction: "Gérante",
      signature: { kind: "typed", text: "I. Rivière" },
      origin,
      now: later,
    });
    expect(result).toEqual({ status: "refused", reason: "expired" });
    expect((await db.signatureRequest.findUniqueOrThrow({ where: { id: request.id } })).status).not.toBe("SIGNED");

    // Staff sending it again gives a new period.
    await db.signatureRequest.update({ where: { id: request.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect((await getCompanyDocument({ context: await asRiviere(), documentId })).status).toBe("expired");
    await asFormapro();
    await resendSignatureRequest(idleState, pdfFormData({ requestId: request.id }));
    expect((await getCompanyDocument({ context: await asRiviere(), documentId })).status).toBe("to_sign");
  });

  it("read signature annulée once staff cancel the only request", async () => {
    const { documentId, request } = await sentForSignature("Convention — annulation");
    await asFormapro();
    await cancelSignatureRequest(idleState, pdfFormData({ requestId: request.id }));
    const context = await asRiviere();
    expect((await getCompanyDocument({ context, documentId })).status).toBe("cancelled");
    expect((await listCompanyDocuments({ context, status: "cancelled" })).documents.map((row) => row.id)).toContain(documentId);
    expect((await listCompanyDocuments({ context, status: "other" })).documents.map((row) => row.id)).not.toContain(documentId);
  });
});
