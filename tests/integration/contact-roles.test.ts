// Contact roles (lib/tenancy/contact-permissions.ts): every extranet page, route handler and contact action
// is opened or refused per role as the table says — the cases are generated from the table and from app/
// and lib/, so a new page, route or action cannot be forgotten — a MANAGER sees only its participants, the
// company's administrator manages its accesses (never another company's or organisation's), and staff
// change roles, audited.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// jest cannot load next-intl's ESM build; the refused pages below stop before their first message anyway.
jest.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
  getLocale: async () => "fr",
  getFormatter: async () => ({ dateTime: String, number: String }),
}));
jest.mock("next-intl", () => ({ useTranslations: () => (key: string) => key, useLocale: () => "fr", useFormatter: () => ({}) }));
// jest cannot load @react-pdf/renderer (ESM only); the PDF routes are imported here, never rendered.
jest.mock("@react-pdf/renderer", () => ({ StyleSheet: { create: (styles: unknown) => styles }, Font: { register: () => undefined } }));

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CONTACT_ACTION_SECTION } from "@/lib/actions/define-action";
import { requireContact } from "@/lib/auth/require-contact";
import { listCalendarSlots } from "@/lib/calendar/list-calendar-slots";
import { db } from "@/lib/db";
import type { ContactRole } from "@/lib/generated/prisma/enums";
import { DEFINED_ROUTE } from "@/lib/http/define-route";
import { getParticipant } from "@/lib/participants/get-participant";
import { listParticipants } from "@/lib/participants/list-participants";
import { changeAccessRoleAction } from "@/lib/team/staff-team-actions";
import { changeColleagueRole, revokeColleague } from "@/lib/team/manage-team";
import {
  assignColleagueParticipantAction,
  changeColleagueRoleAction,
  inviteColleagueAction,
  requestColleagueAction,
  revokeColleagueAction,
} from "@/lib/team/team-actions";
import { companyContactRecipients } from "@/lib/tenancy/company-contact-recipients";
import {
  CONTACT_ROLES,
  roleOpens,
  roleOpensPath,
  sectionOfPath,
  SECTION_ROLES,
  type ContactSection,
} from "@/lib/tenancy/contact-permissions";
import { SITE_PATH_HEADER } from "@/lib/tenancy/site-headers";
import { getCompanyAction } from "@/lib/trainings/get-company-action";
import { listCompanyActions } from "@/lib/trainings/list-company-actions";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, simulateRequest } from "../support/next-request-mock";
import { listAppFiles } from "../support/route-files";

jest.setTimeout(120_000);
const HOST = DEMO_HOSTS.formapro;
const idle = { status: "idle" } as const;
const refused = { status: "error", formError: "not_found" };

/** Every extranet page and route handler, and the catalogue's pages for a signed-in contact (cart, orders). */
const contactFiles = [...listAppFiles("page"), ...listAppFiles("route")].filter(
  (file) =>
    (file.file.includes("/(extranet)/") && !file.file.includes("[...missing]")) ||
    (file.file.includes("/(public)/") && readFileSync(file.file, "utf8").includes("requireCatalogueContact(")),
);

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

async function accessOf(email: string) {
  return db.extranetAccess.findFirstOrThrow({ where: { user: { email } }, select: { id: true, contactId: true, companyId: true } });
}

/** Hugo (Groupe Martin) signed in with `role`, on `publicPath`. */
async function hugoAs(role: ContactRole, publicPath = "") {
  await db.extranetAccess.updateMany({ where: { user: { email: DEMO_LOGINS.groupeMartinFinance.email } }, data: { role } });
  simulateRequest({
    host: HOST,
    identity: await demoIdentity("groupeMartinFinance"),
    headers: publicPath ? { [SITE_PATH_HEADER]: publicPath } : {},
  });
}

async function signIn(login: keyof typeof DEMO_LOGINS, publicPath = "") {
  simulateRequest({
    host: DEMO_LOGINS[login].host,
    identity: await demoIdentity(login),
    headers: publicPath ? { [SITE_PATH_HEADER]: publicPath } : {},
  });
}

/** Every module under lib/ that defines contact actions, with its actions. */
async function contactActions() {
  const files = (readdirSync("lib", { recursive: true }) as string[]).filter(
    (file) => /\.tsx?$/.test(file) && readFileSync(path.join("lib", file), "utf8").includes("contactAction("),
  );
  const actions: { name: string; section: ContactSection; action: (state: unknown, data: FormData) => Promise<unknown> }[] = [];
  for (const file of files) {
    if (file === path.join("actions", "define-action.ts")) continue;
    for (const [name, value] of Object.entries((await import(path.resolve("lib", file))) as Record<string, unknown>)) {
      const section = (value as { [CONTACT_ACTION_SECTION]?: ContactSection } | null)?.[CONTACT_ACTION_SECTION];
      if (typeof value === "function" && section) actions.push({ name: `${file}:${name}`, section, action: value as never });
    }
  }
  return actions;
}

afterAll(async () => {
  await db.extranetAccess.updateMany({ where: { user: { email: DEMO_LOGINS.groupeMartinFinance.email } }, data: { role: "FINANCE" } });
  await db.extranetAccess.updateMany({ where: { user: { email: DEMO_LOGINS.groupeMartinContact.email } }, data: { role: "ADMIN" } });
  await db.$disconnect();
});

describe("the role table", () => {
  it("gives every extranet page and route handler a section, so a new one cannot be forgotten", () => {
    expect(contactFiles.length).toBeGreaterThan(25);
    for (const { file, publicPath } of contactFiles)
      expect({ file, section: sectionOfPath(publicPath) }).not.toEqual({ file, section: null });
    for (const section of Object.keys(SECTION_ROLES) as ContactSection[]) expect(roleOpens("ADMIN", section)).toBe(true);
    expect(roleOpensPath("FINANCE", "/factures/x/pdf")).toBe(true);
    expect(roleOpensPath("FINANCE", "/formations")).toBe(false);
    expect(roleOpensPath("TRAINING", "/nouvelle-page-sans-section")).toBe(false);
    expect(roleOpensPath("ADMIN", "/nouvelle-page-sans-section")).toBe(true);
  });

  it("every extranet page calls requireContact first (the check the cases below exercise)", () => {
    for (const { file } of contactFiles.filter((entry) => entry.file.endsWith("page.tsx")))
      expect({ file, checks: /require(Catalogue)?Contact\(\)/.test(readFileSync(file, "utf8")) }).toEqual({ file, checks: true });
  });
});

describe.each(CONTACT_ROLES)("a %s contact", (role) => {
  it("opens exactly the pages and route handlers of its sections; the others answer the 404", async () => {
    for (const { file, publicPath } of contactFiles) {
      await hugoAs(role, publicPath);
      const expected = roleOpensPath(role, publicPath);
      expect({ file, opens: !(await isNotFound(requireContact())) }).toEqual({ file, opens: expected });
      if (expected) continue;
      // The real page or handler refuses too, before reading anything.
      const exports = (await import(path.resolve(file))) as Record<string, unknown>;
      if (file.endsWith("page.tsx")) {
        const page = exports.default as (props: unknown) => Promise<unknown>;
        const props = { params: Promise.resolve({ id: "x", sendId: "x", ticketId: "x" }), searchParams: Promise.resolve({}) };
        expect({ file, notFound: await isNotFound(page(props)) }).toEqual({ file, notFound: true });
      } else {
        for (const [method, handler] of Object.entries(exports)) {
          if (typeof handler !== "function" || (handler as { [DEFINED_ROUTE]?: string })[DEFINED_ROUTE] !== "contact") continue;
          const request = new Request(`http://${HOST}:3000${publicPath}?start=2026-01-01&end=2026-01-31`, {
            method,
            headers: { host: `${HOST}:3000`, origin: `http://${HOST}:3000`, "sec-fetch-site": "same-origin" },
            ...(method === "GET" ? {} : { body: "x" }),
          });
          const response = await (handler as (request: Request, route: unknown) => Promise<Response>)(request, {
            params: Promise.resolve({ id: "x", fileId: "x", ticketId: "x" }),
          });
          expect({ file, method, status: response.status }).toEqual({ file, method, status: 404 });
        }
      }
    }
  });

  it("runs exactly the contact actions of its sections; the others are refused before reading the form", async () => {
    const actions = await contactActions();
    expect(actions.length).toBeGreaterThan(25);
    for (const { name, section, action } of actions) {
      await hugoAs(role, "/");
      let result: unknown;
      try {
        result = await action(idle, new FormData());
      } catch (error) {
        result = { thrown: (error as { digest?: string }).digest ?? String(error) };
      }
      if (roleOpens(role, section)) expect({ name, result }).not.toEqual({ name, result: refused });
      else expect({ name, result }).toEqual({ name, result: refused });
    }
  });
});

describe("a MANAGER's scope", () => {
  it("lists only its assigned participants, their trainings and slots; any other id is not found", async () => {
    await signIn("groupeMartinManager", "/participants");
    const context = await requireContact();
    const assigned = await db.managerAssignment.findMany({ where: { accessId: context.accessId }, select: { participantId: true } });
    expect(assigned.length).toBe(2);
    const mine = assigned.map((row) => row.participantId).sort();
    const list = await listParticipants({ context });
    expect(list.rows.map((row) => row.id).sort()).toEqual(mine);

    // Another manager's participant (Hugo made MANAGER of another employee), another company's, another organisation's.
    await hugoAs("MANAGER");
    const hugo = await accessOf(DEMO_LOGINS.groupeMartinFinance.email);
    const other = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.groupeMartin.id, id: { notIn: mine } } });
    await db.managerAssignment.create({ data: { organizationId: context.organizationId, accessId: hugo.id, participantId: other.id } });
    const foreign = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.transportsRiviere.id } });
    const foreignOrg = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.pharmacieDuParc.id } });
    await signIn("groupeMartinManager", "/participants/x");
    for (const participantId of [other.id, foreign.id, foreignOrg.id])
      expect(await isNotFound(getParticipant({ context, participantId }))).toBe(true);
    expect((await getParticipant({ context, participantId: mine[0]! })).id).toBe(mine[0]);

    // Trainings and attendance: only actions where its participants hold a seat, and only their seats.
    const actions = await listCompanyActions({
      context,
      filters: { period: "all", status: "all", type: "all", q: "", tri: "startDate", page: 1 },
    });
    expect(actions.total).toBeGreaterThan(0);
    for (const row of actions.rows) {
      const detail = await getCompanyAction({ context, actionId: row.id });
      expect(detail.seats.length).toBeGreaterThan(0);
      for (const seat of detail.seats) expect(mine).toContain(seat.participantId);
    }
    const companyAction = await db.trainingAction.findFirstOrThrow({
      where: { enrolments: { some: { participantId: other.id } }, NOT: { enrolments: { some: { participantId: { in: mine } } } } },
    });
    expect(await isNotFound(getCompanyAction({ context, actionId: companyAction.id }))).toBe(true);
    const slots = await listCalendarSlots({
      context,
      from: new Date(Date.now() - 400 * 86_400_000),
      to: new Date(Date.now() + 400 * 86_400_000),
    });
    const seated = await db.enrolment.findMany({
      where: { participantId: { in: mine }, status: { not: "CANCELLED" } },
      select: { actionId: true },
    });
    const mineActions = new Set(seated.map((seat) => seat.actionId));
    for (const slot of slots) expect(mineActions.has(slot.actionId)).toBe(true);

    await db.managerAssignment.deleteMany({ where: { accessId: hugo.id } });
  });
});

describe("the company's administrator's /equipe", () => {
  it("changes a colleague’s role, audited and emailed to the organisation", async () => {
    await hugoAs("FINANCE");
    const hugo = await accessOf(DEMO_LOGINS.groupeMartinFinance.email);
    await signIn("groupeMartinContact", "/equipe");
    const emailsBefore = await db.emailOutbox.count({ where: { template: "team-change" } });
    expect(await changeColleagueRoleAction(idle, form({ accessId: hugo.id, role: "TRAINING" }))).toEqual({
      status: "success",
      data: "role_changed",
    });
    expect(await db.extranetAccess.findUniqueOrThrow({ where: { id: hugo.id }, select: { role: true } })).toEqual({ role: "TRAINING" });
    expect(
      await db.auditEvent.findFirst({ where: { action: "access.role_changed", targetId: hugo.contactId }, orderBy: { createdAt: "desc" } }),
    ).toMatchObject({ metadata: { from: "FINANCE", to: "TRAINING" } });
    expect(await db.emailOutbox.count({ where: { template: "team-change" } })).toBe(emailsBefore + 1);
    await hugoAs("FINANCE");
  });

  it("never leaves a company without an active administrator (demoting or cutting the last one)", async () => {
    // A company of its own, so that no other test's accesses count.
    const organizationId = DEMO_ORGANIZATIONS.formapro.id;
    const company = await db.company.create({ data: { organizationId, name: "Seule Admin SARL" }, select: { id: true, name: true } });
    const contact = await db.contact.create({
      data: { organizationId, companyId: company.id, firstName: "Anne", lastName: "Seule", email: "anne.seule@exemple.test" },
    });
    const access = await db.extranetAccess.create({
      data: { organizationId, companyId: company.id, contactId: contact.id, status: "ACTIVE", role: "ADMIN" },
    });
    await signIn("groupeMartinContact", "/equipe");
    const context = { ...(await requireContact()), company, companies: [company] };
    expect(await changeColleagueRole({ context, accessId: access.id, role: "FINANCE" })).toEqual({ status: "last_admin" });
    expect(await revokeColleague({ context, accessId: access.id })).toBe("last_admin");
    expect(await db.extranetAccess.findUniqueOrThrow({ where: { id: access.id }, select: { role: true, status: true } })).toEqual({
      role: "ADMIN",
      status: "ACTIVE",
    });
  });

  it("answers not found for another company's or another organisation's access, contact or participant", async () => {
    const isabelle = await accessOf(DEMO_LOGINS.transportsRiviereContact.email);
    const elodie = await accessOf(DEMO_LOGINS.pharmacieDuParcContact.email);
    const manager = await accessOf(DEMO_LOGINS.groupeMartinManager.email);
    const foreignParticipant = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.pharmacieDuParc.id } });
    const before = await db.extranetAccess.findMany({
      where: { id: { in: [isabelle.id, elodie.id] } },
      select: { role: true, status: true },
    });
    await signIn("groupeMartinContact", "/equipe");
    for (const access of [isabelle, elodie]) {
      expect(await changeColleagueRoleAction(idle, form({ accessId: access.id, role: "FINANCE" }))).toMatchObject(refused);
      expect(await revokeColleagueAction(idle, form({ accessId: access.id }))).toMatchObject(refused);
      expect(await inviteColleagueAction(idle, form({ contactId: access.contactId, role: "TRAINING" }))).toMatchObject({
        fieldErrors: { contactId: ["not_found"] },
      });
    }
    expect(
      await assignColleagueParticipantAction(idle, form({ accessId: manager.id, participantId: foreignParticipant.id })),
    ).toMatchObject({
      fieldErrors: { participantId: ["not_found"] },
    });
    expect(
      await db.extranetAccess.findMany({ where: { id: { in: [isabelle.id, elodie.id] } }, select: { role: true, status: true } }),
    ).toEqual(before);
  });

  it("asks the organisation to add a new person, audited and emailed; a non-administrator cannot", async () => {
    await signIn("groupeMartinContact", "/equipe");
    const person = { firstName: "Inès", lastName: "Roussel", email: "ines.roussel@groupe-martin.test", role: "TRAINING" };
    expect(await requestColleagueAction(idle, form(person))).toEqual({ status: "success", data: "colleague_requested" });
    expect(await db.auditEvent.findFirst({ where: { action: "team.colleague_requested" }, orderBy: { createdAt: "desc" } })).toMatchObject({
      companyId: DEMO_COMPANIES.groupeMartin.id,
      metadata: { email: person.email, role: "TRAINING" },
    });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { template: "team-change" }, orderBy: { createdAt: "desc" } });
    expect(email.subject).toContain("Inès Roussel");
    await signIn("groupeMartinManager", "/equipe");
    expect(await requestColleagueAction(idle, form(person))).toEqual(refused);
  });
});

describe("staff", () => {
  it("change an access's role from the contact page, audited; another organisation's access is not found", async () => {
    await hugoAs("FINANCE");
    const hugo = await accessOf(DEMO_LOGINS.groupeMartinFinance.email);
    const elodie = await accessOf(DEMO_LOGINS.pharmacieDuParcContact.email);
    await signIn("formaproAdmin");
    expect(await changeAccessRoleAction(idle, form({ accessId: hugo.id, role: "MANAGER" }))).toEqual({
      status: "success",
      data: "role_changed",
    });
    const staff = await db.user.findFirstOrThrow({ where: { email: DEMO_LOGINS.formaproAdmin.email }, select: { id: true } });
    expect(
      await db.auditEvent.findFirst({ where: { action: "access.role_changed", targetId: hugo.contactId }, orderBy: { createdAt: "desc" } }),
    ).toMatchObject({ actorUserId: staff.id, metadata: { from: "FINANCE", to: "MANAGER" } });
    expect(await changeAccessRoleAction(idle, form({ accessId: elodie.id, role: "FINANCE" }))).toMatchObject(refused);
    expect(await db.extranetAccess.findUniqueOrThrow({ where: { id: elodie.id }, select: { role: true } })).toEqual({ role: "ADMIN" });
    await hugoAs("FINANCE");
  });
});

describe("emails to the company's contacts", () => {
  it("go to the roles whose section they concern: invoices to FINANCE and ADMIN, documents to TRAINING and ADMIN", async () => {
    await hugoAs("FINANCE");
    const emails = async (section: ContactSection) =>
      (
        await companyContactRecipients({
          db,
          organizationId: DEMO_ORGANIZATIONS.formapro.id,
          companyId: DEMO_COMPANIES.groupeMartin.id,
          section,
        })
      )
        .map((recipient) => recipient.email)
        .sort();
    // Other tests may add administrators to Groupe Martin: only the demo's three roles are asserted.
    const { groupeMartinContact: admin, groupeMartinFinance: finance, groupeMartinManager: manager } = DEMO_LOGINS;
    const invoices = await emails("invoices");
    expect(invoices).toEqual(expect.arrayContaining([admin.email, finance.email]));
    expect(invoices).not.toContain(manager.email);
    const documents = await emails("documents");
    expect(documents).toContain(admin.email);
    expect(documents).not.toContain(finance.email);
    expect(documents).not.toContain(manager.email);
    const trainings = await emails("trainings");
    expect(trainings).toEqual(expect.arrayContaining([admin.email, manager.email]));
    expect(trainings).not.toContain(finance.email);
  });
});
