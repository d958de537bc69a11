jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { readdir } from "node:fs/promises";
import path from "node:path";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { idleState } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { listSharedFiles } from "@/lib/shared-files/list-shared-files";
import { readSharedFile } from "@/lib/shared-files/read-shared-file";
import { resolveStaffCompany } from "@/lib/shared-files/resolve-staff-company";
import {
  createFolderAction,
  deleteFileAction,
  renameFileAction,
  staffCreateFolderAction,
  staffDeleteFileAction,
  staffRenameFileAction,
} from "@/lib/shared-files/shared-file-actions";
import { uploadSharedFile, type UploadRejection } from "@/lib/shared-files/upload-shared-file";
import { storageDir } from "@/lib/storage/storage";
import { POST as contactUpload } from "@/app/s/[site]/(extranet)/stockage/televerser/route";
import { GET as contactDownload } from "@/app/s/[site]/(extranet)/stockage/fichiers/[fileId]/route";
import { POST as staffUpload } from "@/app/s/[site]/admin/stockage/televerser/route";
import { GET as staffDownload } from "@/app/s/[site]/admin/stockage/fichiers/[fileId]/route";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, simulateRequest } from "../support/next-request-mock";
import { SAMPLE_FILES } from "../support/sample-files";
const unique = () => Math.random().toString(36).slice(2, 8);

async function asClaire() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
  return requireContact();
}
async function asRiviere() {
  simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
  return requireContact();
}
async function asFormaproStaff() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
  return requireStaff();
}
async function asHorizonStaff() {
  simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
  return requireStaff();
}

async function objectCount(companyId: string): Promise<number> {
  const folder = path.join(storageDir(), "organizations", DEMO_ORGANIZATIONS.formapro.id, "companies", companyId, "files");
  try {
    return (await readdir(folder)).length;
  } catch {
    return 0;
  }
}

async function rejection(promise: Promise<unknown>): Promise<UploadRejection | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code: UploadRejection }).code;
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function uploadRequest(url: string, bytes: Uint8Array): Request {
  return new Request(url, { method: "POST", body: new Uint8Array(bytes), headers: { "content-type": "application/octet-stream" } });
}
const params = (fileId: string) => ({ params: Promise.resolve({ fileId }) });

// The first upload renders the first email of the run (React Email), slow on a busy machine.
jest.setTimeout(30_000);

describe("shared storage space", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("stores a company's upload with who and when, notifies the organisation and audits it", async () => {
    const context = await asClaire();
    const scope = contactStorageScope(context);
    const name = `Planning ${unique()}.pdf`;
    const before = await objectCount(context.company.id);
    const file = await uploadSharedFile({ ...scope, folderId: null, fileName: name, bytes: SAMPLE_FILES.pdf });
    expect(await objectCount(context.company.id)).toBe(before + 1);

    const view = await listSharedFiles({ scope, folderId: null });
    const listed = view.files.find((candidate) => candidate.id === file.id)!;
    expect(listed).toMatchObject({
      name,
      mimeType: "application/pdf",
      uploadedBy: "Claire Martin",
      uploadedBySide: "COMPANY",
      canManage: true,
    });

    const staffView = await listSharedFiles({
      scope: await resolveStaffCompany({ staff: await asFormaproStaff(), companyId: context.company.id }),
      folderId: null,
    });
    expect(staffView.files.find((candidate) => candidate.id === file.id)?.uploadedBy).toBe("Claire Martin");

    expect(await db.auditEvent.count({ where: { action: "file.uploaded", targetId: file.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { template: "shared-file-uploaded", subject: { contains: name } } })).toBeGreaterThan(0);
    const read = await readSharedFile({ scope, fileId: file.id });
    expect(Buffer.from(read.bytes).equals(Buffer.from(SAMPLE_FILES.pdf))).toBe(true);
  });

  it("checks the type from the content, not the name", async () => {
    const scope = contactStorageScope(await asClaire());
    const upload = (fileName: string, bytes: Uint8Array) => rejection(uploadSharedFile({ ...scope, folderId: null, fileName, bytes }));
    expect(await upload("virus.pdf", SAMPLE_FILES.exe)).toBe("type_not_allowed");
    expect(await upload("page.txt", SAMPLE_FILES.html)).toBe("type_not_allowed");
    expect(await upload("archive.docx", SAMPLE_FILES.zip)).toBe("type_not_allowed");
    expect(await upload("photo.pdf", SAMPLE_FILES.png)).toBe("type_mismatch");
    expect(await upload("vide.txt", new Uint8Array())).toBe("empty");
  });

  it("sanitises names with path tricks; the storage key never contains the name", async () => {
    const scope = contactStorageScope(await asClaire());
    const file = await uploadSharedFile({ ...scope, folderId: null, fileName: "../../../etc/cron.d/evil.txt", bytes: SAMPLE_FILES.text });
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.name).toBe("evil.txt");
    expect(row.storageKey).toBe(
      `organizations/${scope.organizationId}/companies/${scope.companyId}/files/${row.storageKey.split("/").pop()}`,
    );
    expect(row.storageKey).not.toContain("evil");
  });

  it("refuses a file over the size limit and an upload over the company's quota, leaving nothing written", async () => {
    const context = await asClaire();
    const scope = contactStorageScope(context);
    const before = await objectCount(context.company.id);
    const rows = await db.storedFile.count({ where: { companyId: context.company.id } });
    const used =
      (await db.storedFile.aggregate({ where: { companyId: context.company.id }, _sum: { sizeBytes: true } }))._sum.sizeBytes ?? 0;
    process.env.SHARED_FILE_MAX_BYTES = "10";
    try {
      expect(await rejection(uploadSharedFile({ ...scope, folderId: null, fileName: "gros.pdf", bytes: SAMPLE_FILES.pdf }))).toBe(
        "too_large",
      );
    } finally {
      delete process.env.SHARED_FILE_MAX_BYTES;
    }
    process.env.SHARED_STORAGE_QUOTA_BYTES = String(used + 10);
    try {
      expect(await rejection(uploadSharedFile({ ...scope, folderId: null, fileName: "plein.pdf", bytes: SAMPLE_FILES.pdf }))).toBe(
        "quota_exceeded",
      );
      const response = await contactUpload(
        uploadRequest(`http://${DEMO_HOSTS.formapro}/stockage/televerser?name=plein.pdf`, SAMPLE_FILES.pdf),
      );
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ status: "error", code: "quota_exceeded" });
    } finally {
      delete process.env.SHARED_STORAGE_QUOTA_BYTES;
    }
    expect(await objectCount(context.company.id)).toBe(before);
    expect(await db.storedFile.count({ where: { companyId: context.company.id } })).toBe(rows);
  });

  it("deletes the stored object when the database row cannot be written", async () => {
    const context = await asClaire();
    const before = await objectCount(context.company.id);
    const outcome = await rejection(
      uploadSharedFile({
        ...contactStorageScope(context),
        folderId: null,
        ticketMessageId: "no-such-message",
        fileName: "x.pdf",
        bytes: SAMPLE_FILES.pdf,
      }),
    );
    expect(outcome).not.toBe("ok");
    expect(await objectCount(context.company.id)).toBe(before);
  });

  it("uploads and downloads through the route handlers; another company's or organisation's ids answer 404", async () => {
    await asClaire();
    const response = await contactUpload(
      uploadRequest(`http://${DEMO_HOSTS.formapro}/stockage/televerser?name=${encodeURIComponent("Liste été.csv")}`, SAMPLE_FILES.csv),
    );
    expect(response.status).toBe(201);
    const { file } = (await response.json()) as { file: { id: string; name: string } };
    expect(file.name).toBe("Liste été.csv");

    const download = await contactDownload(new Request(`http://${DEMO_HOSTS.formapro}/stockage/fichiers/${file.id}`), params(file.id));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("text/csv");
    expect(download.headers.get("content-disposition")).toContain("attachment");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(SAMPLE_FILES.csv))).toBe(true);

    // Another company of the same organisation, and another organisation.
    await asRiviere();
    expect((await contactDownload(new Request("http://x/"), params(file.id))).status).toBe(404);
    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("pharmacieDuParcContact") });
    expect((await contactDownload(new Request("http://x/"), params(file.id))).status).toBe(404);

    // A folder of another company in the upload query.
    const otherFolder = await db.fileFolder.create({
      data: { organizationId: DEMO_ORGANIZATIONS.formapro.id, companyId: DEMO_COMPANIES.transportsRiviere.id, name: `Riviere ${unique()}` },
    });
    await asClaire();
    const intoOther = await contactUpload(
      uploadRequest(`http://${DEMO_HOSTS.formapro}/stockage/televerser?name=a.pdf&dossier=${otherFolder.id}`, SAMPLE_FILES.pdf),
    );
    expect(intoOther.status).toBe(422);
    expect(await isNotFound(listSharedFiles({ scope: contactStorageScope(await asClaire()), folderId: otherFolder.id }))).toBe(true);

    // Staff of the organisation read it; staff of another organisation get 404 whatever company they name.
    await asFormaproStaff();
    const staffRead = await staffDownload(
      new Request(`http://${DEMO_HOSTS.formapro}/admin/stockage/fichiers/${file.id}?entreprise=${DEMO_COMPANIES.groupeMartin.id}`),
      params(file.id),
    );
    expect(staffRead.status).toBe(200);
    const wrongCompany = await staffDownload(
      new Request(`http://${DEMO_HOSTS.formapro}/admin/stockage/fichiers/${file.id}?entreprise=${DEMO_COMPANIES.transportsRiviere.id}`),
      params(file.id),
    );
    expect(wrongCompany.status).toBe(404);
    await asHorizonStaff();
    const foreign = await staffDownload(
      new Request(`http://${DEMO_HOSTS.horizon}/admin/stockage/fichiers/${file.id}?entreprise=${DEMO_COMPANIES.groupeMartin.id}`),
      params(file.id),
    );
    expect(foreign.status).toBe(404);
    const foreignUpload = await staffUpload(
      uploadRequest(
        `http://${DEMO_HOSTS.horizon}/admin/stockage/televerser?entreprise=${DEMO_COMPANIES.groupeMartin.id}&name=a.pdf`,
        SAMPLE_FILES.pdf,
      ),
    );
    expect(foreignUpload.status).toBe(404);
  });

  it("lets a contact rename and delete only their own files; staff may delete any; others get not found", async () => {
    const context = await asClaire();
    const own = await uploadSharedFile({
      ...contactStorageScope(context),
      folderId: null,
      fileName: "brouillon.txt",
      bytes: SAMPLE_FILES.text,
    });
    const staffScope = await resolveStaffCompany({ staff: await asFormaproStaff(), companyId: context.company.id });
    const fromStaff = await uploadSharedFile({ ...staffScope, folderId: null, fileName: "convention.pdf", bytes: SAMPLE_FILES.pdf });

    await asClaire();
    const renamed = await renameFileAction(idleState, form({ fileId: own.id, name: "../final" }));
    expect(renamed).toEqual({ status: "success", data: { name: "final.txt" } });
    expect(await isNotFound(renameFileAction(idleState, form({ fileId: fromStaff.id, name: "x" })))).toBe(true);
    expect(await isNotFound(deleteFileAction(idleState, form({ fileId: fromStaff.id })))).toBe(true);

    await asRiviere();
    expect(await isNotFound(deleteFileAction(idleState, form({ fileId: own.id })))).toBe(true);
    expect(await isNotFound(renameFileAction(idleState, form({ fileId: own.id, name: "pirate.txt" })))).toBe(true);
    await asHorizonStaff();
    expect(await isNotFound(staffDeleteFileAction(idleState, form({ fileId: own.id, companyId: context.company.id })))).toBe(true);
    expect(await isNotFound(staffRenameFileAction(idleState, form({ fileId: own.id, companyId: context.company.id, name: "x" })))).toBe(
      true,
    );

    await asClaire();
    expect((await deleteFileAction(idleState, form({ fileId: own.id }))).status).toBe("success");
    await asFormaproStaff();
    expect(
      await isNotFound(staffDeleteFileAction(idleState, form({ fileId: fromStaff.id, companyId: DEMO_COMPANIES.transportsRiviere.id }))),
    ).toBe(true);
    expect((await staffDeleteFileAction(idleState, form({ fileId: fromStaff.id, companyId: context.company.id }))).status).toBe("success");
    expect(await db.storedFile.count({ where: { id: { in: [own.id, fromStaff.id] } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "file.deleted", targetId: { in: [own.id, fromStaff.id] } } })).toBe(2);
  });

  it("creates folders in the company's space only", async () => {
    await asClaire();
    const name = `Dossier ${unique()}`;
    const created = await createFolderAction(idleState, form({ name }));
    expect(created.status).toBe("success");
    expect(await createFolderAction(idleState, form({ name }))).toMatchObject({
      status: "error",
      fieldErrors: { name: ["folder_exists"] },
    });
    await asHorizonStaff();
    expect(await isNotFound(staffCreateFolderAction(idleState, form({ name: "x", companyId: DEMO_COMPANIES.groupeMartin.id })))).toBe(true);
    expect(await isNotFound(resolveStaffCompany({ staff: await requireStaff(), companyId: DEMO_COMPANIES.groupeMartin.id }))).toBe(true);
    await asFormaproStaff();
    expect(
      (await staffCreateFolderAction(idleState, form({ name: `Staff ${unique()}`, companyId: DEMO_COMPANIES.groupeMartin.id }))).status,
    ).toBe("success");
    expect(await isNotFound(staffCreateFolderAction(idleState, form({ name: "x", companyId: DEMO_COMPANIES.pharmacieDuParc.id })))).toBe(
      true,
    );
    await asClaire();
    const foreignFolder = await db.fileFolder
      .findFirstOrThrow({ where: { companyId: { not: DEMO_COMPANIES.groupeMartin.id } } })
      .catch(() => null);
    if (foreignFolder) expect(await isNotFound(createFolderAction(idleState, form({ name: "x", parentId: foreignFolder.id })))).toBe(true);
  });
});
