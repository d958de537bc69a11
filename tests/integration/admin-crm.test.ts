jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { requireStaff } from "@/lib/auth/require-staff";
import { getCompanyDetail } from "@/lib/crm/get-company-detail";
import { listCompanyInvoicesForStaff } from "@/lib/invoices/list-company-invoices-for-staff";
import { getContactDetail } from "@/lib/crm/get-contact-detail";
import { listCompanies } from "@/lib/crm/list-companies";
import { listContacts } from "@/lib/crm/list-contacts";
import { saveCompany } from "@/lib/crm/save-company";
import { companySchema } from "@/lib/crm/crm-schemas";
import { deleteContactAction, saveCompanyAction, saveContactAction } from "@/lib/crm/crm-actions";
import { revokeAccessAction, sendInvitationAction } from "@/lib/invitations/invitation-actions";
import { retryEmailAction } from "@/lib/emails/email-actions";
import { getEmail } from "@/lib/emails/get-email";
import { listEmails } from "@/lib/emails/list-emails";
import { retryEmail } from "@/lib/emails/retry-email";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import { addDomain, removeDomain, setPrimaryDomain } from "@/lib/settings/manage-domains";
import { hostnameSchema } from "@/lib/settings/settings-schemas";
import {
  addDomainAction,
  removeDomainAction,
  saveCentreAction,
  setPrimaryDomainAction,
  updateBrandingAction,
  updateOptionsAction,
  uploadLogoAction,
} from "@/lib/settings/settings-actions";
import { uploadLogo } from "@/lib/settings/upload-logo";
import { getBrand } from "@/lib/branding/get-brand";
import { lookupSite } from "@/lib/tenancy/cached-site-lookup";
import { getFileStorage } from "@/lib/storage/storage";
import { DEMO_CENTRES, DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);

async function staffOf(login: "formaproAdmin" | "formaproManager" | "horizonAdmin") {
  simulateRequest({ host: DEMO_LOGINS[login].host, identity: await demoIdentity(login) });
  return requireStaff();
}

function form(values: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const idle = { status: "idle" } as const;

afterAll(async () => {
  await db.$disconnect();
});

describe("admin CRM", () => {
  it("lists and searches the organisation's companies and contacts only, page by page", async () => {
    const staff = await staffOf("formaproAdmin");
    const all = await listCompanies({ staff });
    expect(all.items.map((company) => company.id)).not.toContain(DEMO_COMPANIES.pharmacieDuParc.id);
    const found = await listCompanies({ staff, search: "martin" });
    expect(found.items.map((company) => company.name)).toEqual(
      expect.arrayContaining([DEMO_COMPANIES.groupeMartin.name, DEMO_COMPANIES.martinBoulangerieLyon.name]),
    );
    expect(found.items.every((company) => /martin/i.test(company.name))).toBe(true);
    expect((await listCompanies({ staff, search: "pharmacie" })).total).toBe(0);
    const contacts = await listContacts({ staff, search: "claire" });
    expect(contacts.items[0]).toMatchObject({ email: DEMO_LOGINS.groupeMartinContact.email, accessStatus: "ACTIVE" });
    expect((await listContacts({ staff, page: 999 })).items).toEqual([]);
    // A company's name finds its contacts, never those of another organisation's company of that name.
    const byCompany = await listContacts({ staff, search: "groupe mar" });
    expect(byCompany.items.map((contact) => contact.email)).toContain(DEMO_LOGINS.groupeMartinContact.email);
    expect(
      byCompany.items.every((contact) => contact.company.id === DEMO_COMPANIES.groupeMartin.id || /groupe mar/i.test(contact.email ?? "")),
    ).toBe(true);
    expect((await listContacts({ staff, search: "pharmacie" })).total).toBe(0);
  });

  it("shows a company's latest invoices to its organisation's staff, and none of another organisation's company", async () => {
    const formapro = await staffOf("formaproAdmin");
    const invoices = await listCompanyInvoicesForStaff({ staff: formapro, companyId: DEMO_COMPANIES.groupeMartin.id });
    expect(invoices.total).toBeGreaterThan(0);
    expect(invoices.rows.length).toBe(Math.min(invoices.total, 10));
    const stored = await db.invoice.findMany({
      where: { id: { in: invoices.rows.map((row) => row.id) } },
      select: { organizationId: true, companyId: true },
      take: 10,
    });
    expect(stored.every((row) => row.companyId === DEMO_COMPANIES.groupeMartin.id && row.organizationId === formapro.organizationId)).toBe(
      true,
    );
    const horizon = await staffOf("horizonAdmin");
    expect(await listCompanyInvoicesForStaff({ staff: horizon, companyId: DEMO_COMPANIES.groupeMartin.id })).toEqual({
      rows: [],
      total: 0,
    });
    expect(await isNotFound(getCompanyDetail({ staff: horizon, companyId: DEMO_COMPANIES.groupeMartin.id }))).toBe(true);
  });

  it("creates and edits companies with a centre and a parent of the same organisation only", async () => {
    const staff = await staffOf("formaproAdmin");
    const input = companySchema.parse({
      name: `Boulangerie Test ${Date.now()}`,
      centreId: DEMO_CENTRES.lyon.id,
      parentId: DEMO_COMPANIES.groupeMartin.id,
    });
    const created = await saveCompany({ staff, input });
    if (created.status !== "saved") throw new Error("not saved");
    const detail = await getCompanyDetail({ staff, companyId: created.id });
    expect(detail).toMatchObject({ centreName: "Formapro Lyon", parentName: DEMO_COMPANIES.groupeMartin.name, isIndividual: false });
    // A subsidiary cannot be a parent; a company cannot be its own parent.
    expect(await saveCompany({ staff, input: { ...input, parentId: DEMO_COMPANIES.martinBoulangerieLyon.id } })).toMatchObject({
      status: "invalid",
      field: "parentId",
    });
    expect(await saveCompany({ staff, companyId: created.id, input: { ...input, parentId: created.id } })).toMatchObject({
      status: "invalid",
    });
    // Another organisation's centre or parent: not found.
    expect(await isNotFound(saveCompany({ staff, input: { ...input, parentId: DEMO_COMPANIES.pharmacieDuParc.id } }))).toBe(true);
    const horizon = await staffOf("horizonAdmin");
    expect(await isNotFound(saveCompany({ staff: horizon, input: { ...input, centreId: DEMO_CENTRES.lyon.id, parentId: null } }))).toBe(
      true,
    );
    expect(
      await isNotFound(saveCompany({ staff: horizon, companyId: created.id, input: { ...input, centreId: null, parentId: null } })),
    ).toBe(true);
    expect(await isNotFound(getCompanyDetail({ staff: horizon, companyId: DEMO_COMPANIES.groupeMartin.id }))).toBe(true);
    const contact = await db.contact.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.formapro.id } });
    expect(await isNotFound(getContactDetail({ staff: horizon, contactId: contact.id }))).toBe(true);
    // Other files count Groupe Martin's subsidiaries.
    await db.company.delete({ where: { id: created.id } });
  });

  it("marking a company as an individual cuts its contacts' accesses", async () => {
    const staff = await staffOf("formaproAdmin");
    const input = companySchema.parse({ name: `Futur particulier ${Date.now()}` });
    const created = await saveCompany({ staff, input });
    if (created.status !== "saved") throw new Error("not saved");
    const contact = await db.contact.create({
      data: {
        organizationId: staff.organizationId,
        companyId: created.id,
        firstName: "Paul",
        lastName: "Seul",
        email: `paul.${Date.now()}@exemple.test`,
      },
    });
    await db.extranetAccess.create({
      data: { organizationId: staff.organizationId, companyId: created.id, contactId: contact.id, status: "INVITED" },
    });
    await saveCompany({ staff, companyId: created.id, input: { ...input, isIndividual: true } });
    expect((await db.extranetAccess.findUniqueOrThrow({ where: { contactId: contact.id } })).status).toBe("REVOKED");
    await db.company.delete({ where: { id: created.id } });
  });

  it("answers not found to every CRM and invitation action given another organisation's ids", async () => {
    const formaproContact = await db.contact.findFirstOrThrow({
      where: { organizationId: DEMO_ORGANIZATIONS.formapro.id, access: { status: "ACTIVE" } },
    });
    await staffOf("horizonAdmin");
    expect(await isNotFound(sendInvitationAction(idle, form({ contactId: formaproContact.id })))).toBe(true);
    expect(await isNotFound(revokeAccessAction(idle, form({ contactId: formaproContact.id })))).toBe(true);
    expect(await isNotFound(deleteContactAction(idle, form({ contactId: formaproContact.id })))).toBe(true);
    expect(
      await isNotFound(
        saveContactAction(
          idle,
          form({ id: formaproContact.id, companyId: DEMO_COMPANIES.pharmacieDuParc.id, firstName: "X", lastName: "Y" }),
        ),
      ),
    ).toBe(true);
    expect(
      await isNotFound(saveContactAction(idle, form({ companyId: DEMO_COMPANIES.groupeMartin.id, firstName: "X", lastName: "Y" }))),
    ).toBe(true);
    expect(await isNotFound(saveCompanyAction(idle, form({ id: DEMO_COMPANIES.groupeMartin.id, name: "Piratée" })))).toBe(true);
    expect(await db.extranetAccess.findUniqueOrThrow({ where: { contactId: formaproContact.id } })).toMatchObject({ status: "ACTIVE" });
    expect((await db.company.findUniqueOrThrow({ where: { id: DEMO_COMPANIES.groupeMartin.id } })).name).toBe(
      DEMO_COMPANIES.groupeMartin.name,
    );
  });

  it("refuses anonymous callers and contacts before validating anything", async () => {
    simulateRequest({ host: DEMO_HOSTS.formapro });
    expect(await redirectTarget(saveCompanyAction(idle, form({ name: "" })))).toBe("/login");
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(await redirectTarget(sendInvitationAction(idle, form({ contactId: "x" })))).toBe("/");
  });

  it("a new contact saved with the box checked is invited through the action, and redirected to its page", async () => {
    await staffOf("formaproAdmin");
    const email = `action.${Date.now()}@exemple.test`;
    const target = await redirectTarget(
      saveContactAction(
        idle,
        form({ companyId: DEMO_COMPANIES.transportsRiviere.id, firstName: "Léa", lastName: "Action", email, invite: "on" }),
      ),
    );
    expect(target).toMatch(/^\/admin\/contacts\/[^/?]+\?invited=1$/);
    const sent = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: "invitation" } });
    expect(sent.html).toContain("nantes.formapro.localhost");
    expect(sent.html).toContain("Formapro Nantes");
  });
});

describe("email log", () => {
  it("shows the organisation's emails only and retries a failed one", async () => {
    const staff = await staffOf("formaproAdmin");
    const failed = await db.emailOutbox.create({
      data: {
        organizationId: staff.organizationId,
        template: "test",
        to: "panne@exemple.test",
        subject: "Échec",
        html: "<p>x</p>",
        text: "x",
        status: "FAILED",
        attempts: 8,
        lastError: "down",
      },
    });
    const foreign = await db.emailOutbox.create({
      data: {
        organizationId: DEMO_ORGANIZATIONS.horizon.id,
        template: "test",
        to: "autre@exemple.test",
        subject: "Autre",
        html: "<p>y</p>",
        text: "y",
      },
    });
    const log = await listEmails({ staff });
    expect(log.items.map((email) => email.id)).toContain(failed.id);
    expect(log.items.map((email) => email.id)).not.toContain(foreign.id);
    expect(await isNotFound(getEmail({ staff, emailId: foreign.id }))).toBe(true);
    expect(await isNotFound(retryEmail({ staff, emailId: foreign.id }))).toBe(true);
    expect(await isNotFound(retryEmailAction(idle, form({ emailId: foreign.id })))).toBe(true);
    expect(await retryEmail({ staff, emailId: failed.id })).toEqual({ requeued: true });
    // Back in the queue with a delivery job (which a worker of another test file may already have run).
    const [{ queued }] = await db.$queryRaw<
      { queued: boolean }[]
    >`SELECT EXISTS (SELECT 1 FROM graphile_worker.jobs WHERE key = ${`email:${failed.id}`}) AS queued`;
    const retried = await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } });
    expect(queued ? { status: "PENDING", attempts: 0 } : { status: "SENT" }).toEqual(
      queued ? { status: retried.status, attempts: retried.attempts } : { status: retried.status },
    );
    await db.emailOutbox.deleteMany({ where: { id: { in: [failed.id, foreign.id] } } });
  });
});

describe("settings", () => {
  it("are for administrators: a manager gets not found from pages and actions", async () => {
    const manager = await staffOf("formaproManager");
    expect(await isNotFound(getSettings({ staff: manager }))).toBe(true);
    expect(await isNotFound(updateOptionsAction(idle, form({ extranetEnabled: "on" })))).toBe(true);
    expect(await isNotFound(addDomainAction(idle, form({ hostname: "manager.exemple.test" })))).toBe(true);
    expect((await getSettings({ staff: await staffOf("formaproAdmin") })).centres.map((centre) => centre.slug)).toEqual(
      expect.arrayContaining(["lyon", "nantes"]),
    );
  });

  it("validates hostnames", () => {
    for (const good of ["formation.centre.fr", "Extranet.Exemple.TEST", "a-b.c.d"])
      expect(hostnameSchema.safeParse(good).success).toBe(true);
    for (const bad of ["localhost", "https://x.fr", "x.fr/chemin", "-x.fr", "x..fr", "x_y.fr", "a b.fr", ""])
      expect(hostnameSchema.safeParse(bad).success).toBe(false);
  });

  it("adds a centre domain under a verified one, serves it at once (cache invalidated), marks it primary for emails, and removes it", async () => {
    const staff = await staffOf("formaproAdmin");
    const hostname = `extranet-${Date.now()}.${DEMO_HOSTS.formaproLyonCustom}`;
    expect(await lookupSite(hostname)).toBeNull(); // now cached as unknown
    const added = await addDomain({ staff, centreId: DEMO_CENTRES.nantes.id, hostname });
    if (added.status !== "added") throw new Error("not added");
    expect(added.verified).toBe(true);
    expect((await lookupSite(hostname))?.centre?.id).toBe(DEMO_CENTRES.nantes.id);
    expect(await addDomain({ staff, centreId: null, hostname })).toEqual({ status: "invalid", error: "hostname_taken" });

    await setPrimaryDomain({ staff, domainId: added.id });
    expect(
      (await getBrand({ db, organizationId: staff.organizationId, companyId: DEMO_COMPANIES.transportsRiviere.id })).baseUrl,
    ).toContain(hostname);
    const previous = await db.domain.findUniqueOrThrow({ where: { hostname: DEMO_HOSTS.formaproNantes } });
    expect(previous.isPrimary).toBe(false);

    const horizon = await staffOf("horizonAdmin");
    expect(await isNotFound(setPrimaryDomain({ staff: horizon, domainId: previous.id }))).toBe(true);
    expect(await isNotFound(removeDomain({ staff: horizon, domainId: added.id }))).toBe(true);
    expect(await isNotFound(addDomain({ staff: horizon, centreId: DEMO_CENTRES.nantes.id, hostname: "vol.exemple.test" }))).toBe(true);
    expect(await isNotFound(setPrimaryDomainAction(idle, form({ domainId: previous.id })))).toBe(true);
    expect(await isNotFound(removeDomainAction(idle, form({ domainId: added.id })))).toBe(true);
    expect(await isNotFound(saveCentreAction(idle, form({ id: DEMO_CENTRES.lyon.id, legalName: "Volé" })))).toBe(true);
    expect(
      await isNotFound(
        uploadLogoAction(
          idle,
          form({
            centreId: DEMO_CENTRES.lyon.id,
            logo: new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0])], "x.png", { type: "image/png" }),
          }),
        ),
      ),
    ).toBe(true);

    await staffOf("formaproAdmin");
    await setPrimaryDomain({ staff, domainId: previous.id });
    await removeDomain({ staff, domainId: added.id });
    expect(await lookupSite(hostname)).toBeNull();
  });

  it("changes branding for the whole organisation at once, and checks colours", async () => {
    await staffOf("horizonAdmin");
    const original = await db.organization.findUniqueOrThrow({
      where: { id: DEMO_ORGANIZATIONS.horizon.id },
      select: { legalName: true, primaryColor: true, logoUrl: true },
    });
    expect(await updateBrandingAction(idle, form({ legalName: "Académie Horizon SAS", primaryColor: "bleu" }))).toMatchObject({
      status: "error",
      fieldErrors: { primaryColor: ["invalid_color"] },
    });
    expect(
      await updateBrandingAction(
        idle,
        form({ legalName: "Académie Horizon SAS", primaryColor: "#0F766E", logoUrl: "javascript:alert(1)" }),
      ),
    ).toMatchObject({ status: "error", fieldErrors: { logoUrl: ["invalid_logo_url"] } });
    expect(await updateBrandingAction(idle, form({ legalName: "Académie Horizon SAS", primaryColor: "#0F766E" }))).toEqual({
      status: "success",
      data: "saved",
    });
    expect((await lookupSite(DEMO_HOSTS.horizon))?.branding.primaryColor).toBe("#0f766e");
    expect((await getBrand({ db, organizationId: DEMO_ORGANIZATIONS.horizon.id })).legalName).toBe("Académie Horizon SAS");
    await db.organization.update({ where: { id: DEMO_ORGANIZATIONS.horizon.id }, data: original });
  });

  it("accepts PNG and SVG logos up to 200 KB, checked from their bytes", async () => {
    const staff = await staffOf("formaproAdmin");
    const lyonLogo = (await db.centre.findUniqueOrThrow({ where: { id: DEMO_CENTRES.lyon.id } })).logoUrl;
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'], "logo.svg", { type: "image/svg+xml" });
    const uploaded = await uploadLogo({ staff, centreId: DEMO_CENTRES.lyon.id, file: svg });
    if (uploaded.status !== "uploaded") throw new Error(uploaded.error);
    expect(uploaded.logoUrl).toMatch(/^\/branding\/[0-9a-f-]{36}\.svg$/);
    const stored = await getFileStorage().get(`organizations/${staff.organizationId}/branding/${uploaded.logoUrl.split("/").pop()}`);
    expect(stored).not.toBeNull();
    expect(
      (await getBrand({ db, organizationId: staff.organizationId, companyId: DEMO_COMPANIES.martinBoulangerieLyon.id })).logoUrl,
    ).toMatch(/^http:\/\/lyon\.formapro\.localhost(:\d+)?\/branding\//);
    expect(await uploadLogo({ staff, centreId: null, file: new File(["GIF89a"], "x.gif", { type: "image/png" }) })).toEqual({
      status: "invalid",
      error: "logo_type",
    });
    expect(
      await uploadLogo({ staff, centreId: null, file: new File([new Uint8Array(200 * 1024 + 1)], "big.png", { type: "image/png" }) }),
    ).toEqual({ status: "invalid", error: "logo_size" });
    await db.centre.update({ where: { id: DEMO_CENTRES.lyon.id }, data: { logoUrl: lyonLogo } });
  });
});
