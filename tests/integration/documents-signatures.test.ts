jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
// Delivery runs with `after()`, which needs a real request: here this feature's emails are marked
// delivered to the outbox at once, so they never crowd the batch of the email-outbox test running beside.
// jest cannot load @react-pdf/renderer (ESM only): generation renders a pdf-lib PDF here; the real
// templates are checked through the running server by tests/e2e/documents.spec.ts.
jest.mock("@/lib/documents/render-document", () => ({
  renderDocument: async ({ kind, data }: { kind: string; data: { action: { number: string } } }) =>
    require("../support/test-pdf").makeTestPdf(`${kind} ${data.action.number}`, 1),
}));

import { PDFDocument } from "pdf-lib";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { deliverableContent } from "@/lib/email/deliverable-content";
import { generateDocument } from "@/lib/documents/generate-document-action";
import { getCompanyDocument } from "@/lib/documents/get-company-document";
import { getGenerationChoices } from "@/lib/documents/get-generation-choices";
import { getStaffDocument } from "@/lib/documents/get-staff-document";
import { listCompanyDocuments } from "@/lib/documents/list-company-documents";
import { countOrganizationDocuments, listOrganizationDocuments } from "@/lib/documents/list-organization-documents";
import { loadDocumentData } from "@/lib/documents/load-document-data";
import { readCompanyDocumentFile } from "@/lib/documents/read-company-document-file";
import { readStaffDocumentFile } from "@/lib/documents/read-staff-document-file";
import { sendDocument } from "@/lib/documents/send-document-action";
import { uploadDocument } from "@/lib/documents/upload-document-action";
import { idleState } from "@/lib/actions/action-state";
import { cancelSignatureRequest } from "@/lib/signatures/cancel-signature-request-action";
import { findSignedDocument } from "@/lib/signatures/find-signed-document";
import { recordSignatureView } from "@/lib/signatures/record-signature-view";
import { requestSignatureCode } from "@/lib/signatures/request-signature-code-action";
import { resendSignatureRequest } from "@/lib/signatures/resend-signature-request-action";
import { sendSignatureCode } from "@/lib/signatures/send-signature-code";
import { signDocument } from "@/lib/signatures/sign-document";
import { signDocumentAction } from "@/lib/signatures/sign-document-action";
import { CODE_TTL_MS, MAX_CODE_ATTEMPTS, MAX_CODES_PER_SENDING, sha256Hex } from "@/lib/signatures/signature-rules";
import { verifyDocument } from "@/lib/signatures/verify-document-action";
import { getFileStorage } from "@/lib/storage/storage";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";
import { makeTestPdf, pdfFormData } from "../support/test-pdf";
const origin = { ip: "198.51.100.7", userAgent: "jest" };
const RIVIERE = DEMO_COMPANIES.transportsRiviere.id;

const asFormapro = async () => simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
const asHorizon = async () => simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
const asRiviere = async () =>
  simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
const asMartin = async () => simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
const asPharmacie = async () => simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("pharmacieDuParcContact") });

async function upload(title: string, companyId = RIVIERE, pages = 2): Promise<string> {
  await asFormapro();
  const target = await redirectTarget(
    uploadDocument(idleState, pdfFormData({ companyId, title }, { bytes: await makeTestPdf(title, pages), name: "essai.pdf" })),
  );
  return target.split("/").at(-1)!;
}

async function riviereSignerId(): Promise<string> {
  const user = await db.user.findFirstOrThrow({
    where: { email: DEMO_LOGINS.transportsRiviereContact.email },
    select: { access: { select: { contactId: true } } },
  });
  return user.access!.contactId;
}

async function sendForSignature(documentId: string, stampPage = 1) {
  await asFormapro();
  return sendDocument(
    idleState,
    pdfFormData({ documentId, mode: "signature", signerContactId: await riviereSignerId(), stampPage: String(stampPage) }),
  );
}

async function requestOf(documentId: string) {
  return db.signatureRequest.findFirstOrThrow({ where: { documentId }, orderBy: { createdAt: "desc" } });
}

async function lastCode(): Promise<string> {
  const email = await db.emailOutbox.findFirstOrThrow({
    where: { to: DEMO_LOGINS.transportsRiviereContact.email, template: "signature-code" },
    orderBy: { createdAt: "desc" },
  });
  return /(\d{6})/.exec(deliverableContent(email).text)![1]!;
}

const signInput = (requestId: string, code: string) => ({
  requestId,
  code,
  signerName: "Isabelle Rivière",
  signerFunction: "Gérante",
  signature: { kind: "typed" as const, text: "I. Rivière" },
  origin,
});

afterAll(() => db.$disconnect());

describe("documents: upload, generation, listing (staff)", () => {
  it("accepts a real PDF and refuses a file that is not one, whatever its name", async () => {
    const id = await upload("Règlement intérieur — essai");
    const row = await db.document.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ organizationId: DEMO_ORGANIZATIONS.formapro.id, companyId: RIVIERE, kind: "OTHER", sentAt: null });
    expect(sha256Hex((await getFileStorage().get(row.storageKey))!)).toBe(row.sha256);

    const fake = await uploadDocument(
      idleState,
      pdfFormData({ companyId: RIVIERE, title: "Faux" }, { bytes: new TextEncoder().encode("<html>not a pdf</html>"), name: "faux.pdf" }),
    );
    expect(fake).toMatchObject({ status: "error", fieldErrors: { file: ["not_a_pdf"] } });
    const big = await uploadDocument(
      idleState,
      pdfFormData({ companyId: RIVIERE, title: "Gros" }, { bytes: new Uint8Array(10 * 1024 * 1024 + 1), name: "gros.pdf" }),
    );
    expect(big).toMatchObject({ status: "error", fieldErrors: { file: ["file_too_large"] } });
  });

  it("refuses to upload for another organisation's company", async () => {
    await asFormapro();
    const result = await uploadDocument(
      idleState,
      pdfFormData({ companyId: DEMO_COMPANIES.pharmacieDuParc.id, title: "Intrus" }, { bytes: await makeTestPdf(), name: "x.pdf" }),
    );
    expect(result).toMatchObject({ status: "error", formError: "not_found" });
  });

  it("generates a per-participant document only for a participant of that company in that action", async () => {
    const enrolment = await db.enrolment.findFirstOrThrow({
      where: { companyId: RIVIERE, participantId: { not: null }, status: { not: "CANCELLED" }, attendances: { some: {} } },
      select: { actionId: true, participantId: true },
    });
    await asFormapro();
    const target = await redirectTarget(
      generateDocument(
        idleState,
        pdfFormData({
          actionId: enrolment.actionId,
          companyId: RIVIERE,
          kind: "CERTIFICAT_REALISATION",
          participantId: enrolment.participantId!,
        }),
      ),
    );
    const document = await db.document.findUniqueOrThrow({ where: { id: target.split("/").at(-1)! } });
    expect(document).toMatchObject({
      kind: "CERTIFICAT_REALISATION",
      participantId: enrolment.participantId,
      actionId: enrolment.actionId,
      companyId: RIVIERE,
    });
    expect(document.title).toMatch(/^Certificat de réalisation — /);

    expect(
      await generateDocument(idleState, pdfFormData({ actionId: enrolment.actionId, companyId: RIVIERE, kind: "CONVOCATION" })),
    ).toMatchObject({ fieldErrors: { participantId: ["participant_required"] } });
    const foreignParticipant = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.groupeMartin.id } });
    expect(
      await generateDocument(
        idleState,
        pdfFormData({ actionId: enrolment.actionId, companyId: RIVIERE, kind: "CONVOCATION", participantId: foreignParticipant.id }),
      ),
    ).toMatchObject({ formError: "not_found" });
    const horizonAction = await db.trainingAction.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.horizon.id } });
    expect(
      await generateDocument(idleState, pdfFormData({ actionId: horizonAction.id, companyId: RIVIERE, kind: "PROGRAMME" })),
    ).toMatchObject({ formError: "not_found" });
    expect(
      await generateDocument(
        idleState,
        pdfFormData({ actionId: enrolment.actionId, companyId: DEMO_COMPANIES.pharmacieDuParc.id, kind: "PROGRAMME" }),
      ),
    ).toMatchObject({ formError: "not_found" });
  });

  it("computes the duration attended from the attendance records (present or late slots)", async () => {
    const enrolment = await db.enrolment.findFirstOrThrow({
      where: { companyId: RIVIERE, participantId: { not: null }, attendances: { some: {} } },
      select: {
        actionId: true,
        participantId: true,
        attendances: { select: { status: true, slot: { select: { startsAt: true, endsAt: true } } } },
      },
    });
    const expected = enrolment.attendances
      .filter((row) => row.status === "PRESENT" || row.status === "LATE")
      .reduce((hours, row) => hours + (row.slot.endsAt.getTime() - row.slot.startsAt.getTime()) / 3_600_000, 0);
    const data = await loadDocumentData({
      organizationId: DEMO_ORGANIZATIONS.formapro.id,
      actionId: enrolment.actionId,
      companyId: RIVIERE,
      participantId: enrolment.participantId,
    });
    expect(data!.participant!.attendedHours).toBeCloseTo(expected, 2);
    expect(
      await loadDocumentData({ organizationId: DEMO_ORGANIZATIONS.horizon.id, actionId: enrolment.actionId, companyId: RIVIERE }),
    ).toBeNull();
  });

  it("staff find a company's documents by part of its name, in any case", async () => {
    const id = await upload("Document à retrouver par l'entreprise");
    const staff = await requireStaff();
    const ids = async (companyName: string) => (await listOrganizationDocuments({ staff, companyName })).map((document) => document.id);
    expect(await ids("transports riv")).toContain(id);
    expect(await ids("Martin")).not.toContain(id);
    expect(await countOrganizationDocuments({ staff, companyName: "RIVIÈRE" })).toBeGreaterThanOrEqual(1);
  });

  it("staff of another organisation reach none of these documents, files or choices", async () => {
    const id = await upload("Document Formapro privé");
    await asHorizon();
    const staff = await requireStaff();
    expect(await isNotFound(getStaffDocument({ staff, documentId: id }))).toBe(true);
    expect(await readStaffDocumentFile({ staff, documentId: id })).toBeNull();
    expect((await listOrganizationDocuments({ staff })).some((document) => document.id === id)).toBe(false);
    expect((await listOrganizationDocuments({ staff, companyName: "Rivière" })).length).toBe(0);
    const formaproAction = await db.trainingAction.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.formapro.id } });
    expect((await getGenerationChoices({ staff, actionId: formaproAction.id })).chosen).toBeNull();
    expect(await sendDocument(idleState, pdfFormData({ documentId: id, mode: "plain" }))).toMatchObject({ formError: "not_found" });
  });
});

describe("sending: plain or for signature, never both", () => {
  it("a document sent plain cannot then go for signature, and one out for signature cannot be sent plain", async () => {
    const plain = await upload("Livret d’accueil");
    await asFormapro();
    expect(await sendDocument(idleState, pdfFormData({ documentId: plain, mode: "plain" }))).toMatchObject({ status: "success" });
    expect(
      await db.emailOutbox.count({ where: { to: DEMO_LOGINS.transportsRiviereContact.email, subject: { contains: "Livret d’accueil" } } }),
    ).toBe(1);
    expect(await sendForSignature(plain)).toMatchObject({ formError: "already_sent_plain" });

    const signed = await upload("Convention à signer — règle");
    expect(await sendForSignature(signed)).toMatchObject({ status: "success" });
    expect(await sendDocument(idleState, pdfFormData({ documentId: signed, mode: "plain" }))).toMatchObject({
      formError: "already_for_signature",
    });
    expect(await sendForSignature(signed)).toMatchObject({ formError: "already_for_signature" });
  });

  it("refuses a signer of another company and a stamp page beyond the document", async () => {
    const id = await upload("Signataire étranger", RIVIERE, 2);
    const martin = await db.user.findFirstOrThrow({
      where: { email: DEMO_LOGINS.groupeMartinContact.email },
      select: { access: { select: { contactId: true } } },
    });
    await asFormapro();
    expect(
      await sendDocument(
        idleState,
        pdfFormData({ documentId: id, mode: "signature", signerContactId: martin.access!.contactId, stampPage: "1" }),
      ),
    ).toMatchObject({ fieldErrors: { signerContactId: ["signer_invalid"] } });
    expect(await sendForSignature(id, 3)).toMatchObject({ fieldErrors: { stampPage: ["invalid_page"] } });
  });
});

describe("signature flow", () => {
  let documentId: string;
  let requestId: string;

  beforeAll(async () => {
    documentId = await upload("Convention — parcours de signature", RIVIERE, 2);
    expect(await sendForSignature(documentId, 2)).toMatchObject({ status: "success" });
    requestId = (await requestOf(documentId)).id;
  });

  it("is listed as to sign for the company, and invisible to other companies and organisations", async () => {
    await asRiviere();
    const context = await requireContact();
    const list = await listCompanyDocuments({ context, status: "to_sign" });
    expect(list.documents.find((document) => document.id === documentId)).toMatchObject({ status: "to_sign", toSignByMe: true });
    expect((await listCompanyDocuments({ context, status: "signed" })).documents.some((document) => document.id === documentId)).toBe(
      false,
    );

    for (const as of [asMartin, asPharmacie]) {
      await as();
      const other = await requireContact();
      expect(await isNotFound(getCompanyDocument({ context: other, documentId }))).toBe(true);
      expect(await readCompanyDocumentFile({ context: other, documentId, version: "original" })).toBeNull();
      expect((await listCompanyDocuments({ context: other })).documents.some((document) => document.id === documentId)).toBe(false);
      expect(await isNotFound(requestSignatureCode(idleState, pdfFormData({ requestId })))).toBe(true);
      expect(
        await isNotFound(
          signDocumentAction(
            idleState,
            pdfFormData({
              requestId,
              code: "123456",
              signerName: "Intrus",
              signerFunction: "Intrus",
              signatureMode: "typed",
              typedSignature: "Intrus",
              consent: "on",
            }),
          ),
        ),
      ).toBe(true);
      await recordSignatureView({ context: other, requestId, origin });
    }
    expect((await requestOf(documentId)).status).toBe("PENDING");
  });

  it("records the signer's first view", async () => {
    await asRiviere();
    const context = await requireContact();
    const document = await getCompanyDocument({ context, documentId });
    expect(document.openRequest).toEqual({ id: requestId, status: "PENDING" });
    await recordSignatureView({ context, requestId, origin });
    await recordSignatureView({ context, requestId, origin });
    const request = await requestOf(documentId);
    expect(request.status).toBe("VIEWED");
    expect(await db.signatureEvent.count({ where: { requestId, type: "viewed" } })).toBe(1);
  });

  it("refuses a missing, a wrong and an expired code, and stores only the code's hash", async () => {
    await asRiviere();
    const context = await requireContact();
    expect(await signDocument({ context, ...signInput(requestId, "000000") })).toEqual({ status: "refused", reason: "code_missing" });

    expect(await requestSignatureCode(idleState, pdfFormData({ requestId }))).toEqual({
      status: "success",
      data: { email: DEMO_LOGINS.transportsRiviereContact.email },
    });
    const code = await lastCode();
    const stored = await requestOf(documentId);
    expect(stored.otpHash).not.toContain(code);
    expect(stored.otpHash).toMatch(/^[0-9a-f]{64}$/);

    const wrong = code === "999999" ? "999998" : "999999";
    const refused = await signDocumentAction(
      idleState,
      pdfFormData({
        requestId,
        code: wrong,
        signerName: "Isabelle Rivière",
        signerFunction: "Gérante",
        signatureMode: "typed",
        typedSignature: "I. Rivière",
        consent: "on",
      }),
    );
    expect(refused).toMatchObject({ status: "error", fieldErrors: { code: ["code_invalid"] } });
    expect((await requestOf(documentId)).otpAttempts).toBe(1);

    const later = new Date(Date.now() + CODE_TTL_MS + 1_000);
    expect(await signDocument({ context, ...signInput(requestId, code), now: later })).toEqual({
      status: "refused",
      reason: "code_expired",
    });
    expect((await requestOf(documentId)).status).toBe("VIEWED");
  });

  it("signs with the right code: stamped PDF, certificate page, evidence whose hashes match the stored files", async () => {
    await asRiviere();
    const context = await requireContact();
    await requestSignatureCode(idleState, pdfFormData({ requestId }));
    const code = await lastCode();
    const result = await signDocument({ context, ...signInput(requestId, code) });
    expect(result.status).toBe("signed");

    const request = await requestOf(documentId);
    const document = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(request).toMatchObject({
      status: "SIGNED",
      signerName: "Isabelle Rivière",
      signerFunction: "Gérante",
      signerEmail: DEMO_LOGINS.transportsRiviereContact.email,
      signedIp: origin.ip,
      signedUserAgent: origin.userAgent,
      otpHash: null,
    });
    expect(request.otpVerifiedAt).toBeInstanceOf(Date);
    const storage = getFileStorage();
    const original = (await storage.get(document.storageKey))!;
    const signed = (await storage.get(request.signedStorageKey!))!;
    expect(request.originalSha256).toBe(sha256Hex(original));
    expect(request.originalSha256).toBe(document.sha256);
    expect(request.signedSha256).toBe(sha256Hex(signed));
    expect(result).toEqual({ status: "signed", signedSha256: request.signedSha256 });
    expect((await PDFDocument.load(signed)).getPageCount()).toBe((await PDFDocument.load(original)).getPageCount() + 1);

    const events = (await db.signatureEvent.findMany({ where: { requestId }, orderBy: { occurredAt: "asc" } })).map((event) => event.type);
    expect(events).toEqual(expect.arrayContaining(["created", "sent", "viewed", "code_sent", "code_failed", "code_verified", "signed"]));
    expect(
      await db.emailOutbox.count({
        where: {
          template: "document-signed",
          organizationId: DEMO_ORGANIZATIONS.formapro.id,
          subject: { contains: "parcours de signature" },
        },
      }),
    ).toBe(1);

    const file = await readCompanyDocumentFile({ context, documentId, version: "signed" });
    expect(sha256Hex(file!.bytes)).toBe(request.signedSha256);
    expect((await listCompanyDocuments({ context, status: "signed" })).documents.some((item) => item.id === documentId)).toBe(true);
  });

  it("refuses signing twice, and any new code", async () => {
    await asRiviere();
    const context = await requireContact();
    expect(await signDocument({ context, ...signInput(requestId, "123456") })).toEqual({ status: "refused", reason: "already_signed" });
    expect(await requestSignatureCode(idleState, pdfFormData({ requestId }))).toMatchObject({
      status: "error",
      formError: "already_signed",
    });
    await asFormapro();
    expect(await cancelSignatureRequest(idleState, pdfFormData({ requestId }))).toMatchObject({ formError: "not_cancellable" });
  });

  it("verification finds the signed file on its organisation only", async () => {
    const request = await requestOf(documentId);
    expect(await findSignedDocument({ organizationId: DEMO_ORGANIZATIONS.formapro.id, sha256: request.signedSha256! })).toMatchObject({
      signerName: "Isabelle Rivière",
      companyName: "Transports Rivière",
    });
    expect(await findSignedDocument({ organizationId: DEMO_ORGANIZATIONS.horizon.id, sha256: request.signedSha256! })).toBeNull();
    expect(await findSignedDocument({ organizationId: DEMO_ORGANIZATIONS.formapro.id, sha256: request.originalSha256! })).toBeNull();

    const signed = (await getFileStorage().get(request.signedStorageKey!))!;
    simulateRequest({ host: DEMO_HOSTS.formapro });
    const byFile = await verifyDocument(idleState, pdfFormData({}, { bytes: signed, name: "signe.pdf" }));
    expect(byFile).toMatchObject({ status: "success", data: { sha256: request.signedSha256, match: { signerName: "Isabelle Rivière" } } });
    simulateRequest({ host: DEMO_HOSTS.horizon });
    expect(await verifyDocument(idleState, pdfFormData({ sha256: request.signedSha256! }))).toMatchObject({
      status: "success",
      data: { match: null },
    });
    expect(await verifyDocument(idleState, pdfFormData({ sha256: "abc" }))).toMatchObject({
      status: "error",
      fieldErrors: { sha256: ["hash_format"] },
    });
  });
});

describe("signature limits and staff controls", () => {
  it("locks the request after too many wrong codes, even for the right one; re-sending unlocks it", async () => {
    const documentId = await upload("Convention — trop d’essais", RIVIERE, 1);
    await sendForSignature(documentId);
    const requestId = (await requestOf(documentId)).id;
    await asRiviere();
    const context = await requireContact();
    await sendSignatureCode({ context, requestId, origin });
    const code = await lastCode();
    const wrong = code === "111111" ? "222222" : "111111";
    for (let attempt = 1; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      expect(await signDocument({ context, ...signInput(requestId, wrong) })).toEqual({ status: "refused", reason: "code_invalid" });
    }
    expect(await signDocument({ context, ...signInput(requestId, wrong) })).toEqual({ status: "refused", reason: "too_many_attempts" });
    expect(await signDocument({ context, ...signInput(requestId, code) })).toEqual({ status: "refused", reason: "too_many_attempts" });
    expect(await sendSignatureCode({ context, requestId, origin })).toEqual({ status: "refused", reason: "too_many_attempts" });

    await asHorizon();
    expect(await resendSignatureRequest(idleState, pdfFormData({ requestId }))).toMatchObject({ formError: "not_found" });
    await asFormapro();
    expect(await resendSignatureRequest(idleState, pdfFormData({ requestId }))).toMatchObject({ status: "success" });
    expect(await requestOf(documentId)).toMatchObject({ otpAttempts: 0, otpHash: null });
  });

  it("limits the codes sent per sending", async () => {
    const documentId = await upload("Convention — codes à répétition", RIVIERE, 1);
    await sendForSignature(documentId);
    const requestId = (await requestOf(documentId)).id;
    await asRiviere();
    const context = await requireContact();
    for (let sent = 0; sent < MAX_CODES_PER_SENDING; sent++)
      expect(await sendSignatureCode({ context, requestId, origin })).toMatchObject({ status: "sent" });
    expect(await sendSignatureCode({ context, requestId, origin })).toEqual({ status: "refused", reason: "too_many_codes" });
  });

  it("a cancelled request can no longer be signed; another organisation's staff cannot cancel", async () => {
    const documentId = await upload("Convention — annulée", RIVIERE, 1);
    await sendForSignature(documentId);
    const requestId = (await requestOf(documentId)).id;
    await asRiviere();
    const context = await requireContact();
    await sendSignatureCode({ context, requestId, origin });
    const code = await lastCode();

    await asHorizon();
    expect(await cancelSignatureRequest(idleState, pdfFormData({ requestId }))).toMatchObject({ formError: "not_found" });
    await asFormapro();
    expect(await cancelSignatureRequest(idleState, pdfFormData({ requestId }))).toMatchObject({ status: "success" });
    await asRiviere();
    expect(await signDocument({ context: await requireContact(), ...signInput(requestId, code) })).toEqual({
      status: "refused",
      reason: "cancelled",
    });
    expect(await db.signatureEvent.count({ where: { requestId, type: "cancelled" } })).toBe(1);
  });

  it("a drawn signature is embedded as an image", async () => {
    const documentId = await upload("Convention — signature dessinée", RIVIERE, 1);
    await sendForSignature(documentId);
    const requestId = (await requestOf(documentId)).id;
    await asRiviere();
    const context = await requireContact();
    await sendSignatureCode({ context, requestId, origin });
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
    const result = await signDocumentAction(
      idleState,
      pdfFormData({
        requestId,
        code: await lastCode(),
        signerName: "Isabelle Rivière",
        signerFunction: "Gérante",
        signatureMode: "drawn",
        drawnSignature: `data:image/png;base64,${png.toString("base64")}`,
        consent: "on",
      }),
    );
    expect(result).toMatchObject({ status: "success" });
    expect((await requestOf(documentId)).status).toBe("SIGNED");
  });
});
