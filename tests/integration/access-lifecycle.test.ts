jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { createHash } from "node:crypto";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { findOpenInvitation } from "@/lib/invitations/find-open-invitation";
import { sendInvitation } from "@/lib/invitations/send-invitation";
import { revokeAccess } from "@/lib/accounts/revoke-access";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import { changePassword } from "@/lib/accounts/change-password";
import { requestEmailChange } from "@/lib/accounts/request-email-change";
import { confirmEmailChange } from "@/lib/accounts/confirm-email-change";
import { authenticate } from "@/lib/auth/authenticate";
import { startSession } from "@/lib/auth/start-session";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { saveContact } from "@/lib/crm/save-contact";
import { deleteContact } from "@/lib/crm/delete-contact";
import { db } from "@/lib/db";
import { deliverableContent } from "@/lib/email/deliverable-content";
import { lookupSite } from "@/lib/tenancy/cached-site-lookup";
import type { Site } from "@/lib/tenancy/site";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_INVITATION, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);
const PASSWORD = "Nouveau#Mot2passe";
let counter = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}`;

async function staffOf(login: "formaproAdmin" | "formaproManager" | "horizonAdmin", host: string = DEMO_LOGINS[login].host) {
  simulateRequest({ host, identity: await demoIdentity(login, host) });
  return requireStaff();
}

async function site(host: string): Promise<Site> {
  return (await lookupSite(host))!;
}

async function newContact(
  companyKey: keyof typeof DEMO_COMPANIES,
  email: string | null = `${unique("contact")}@exemple.test`,
  invite = false,
) {
  const staff = await staffOf(DEMO_COMPANIES[companyKey].organizationSlug === "formapro" ? "formaproAdmin" : "horizonAdmin");
  return saveContact({
    staff,
    input: {
      companyId: DEMO_COMPANIES[companyKey].id,
      civility: null,
      firstName: "Inès",
      lastName: unique("Test"),
      email,
      phone: null,
      jobTitle: null,
      invite,
    },
  });
}

async function invite(contactId: string, now?: Date) {
  const result = await sendInvitation({ staff: await staffOf("formaproAdmin"), contactId, now });
  if (result.status !== "sent") throw new Error(`not sent: ${result.reason}`);
  return result;
}

afterAll(async () => {
  await db.$disconnect();
});

describe("invitations", () => {
  it("stores only the SHA-256 of the token and sends the sub-centre's branding and extranet address", async () => {
    const { id } = await newContact("martinBoulangerieLyon");
    const { token, emailId, invitationId } = await invite(id);
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(invitation.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(invitation)).not.toContain(token);
    const email = deliverableContent(await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId } }));
    expect(email.subject).toContain("Formapro Lyon");
    expect(email.html).toContain("Formapro Lyon");
    expect(email.html).toMatch(new RegExp(`http://lyon\\.formapro\\.localhost(:\\d+)?/invitation/${token}`));
    expect(email.html).toContain("#"); // the centre's colour is in the header
    const lyon = await db.centre.findFirstOrThrow({ where: { slug: "lyon", organizationId: DEMO_ORGANIZATIONS.formapro.id } });
    if (lyon.primaryColor) expect(email.html.toLowerCase()).toContain(lyon.primaryColor.toLowerCase());
  });

  it("links a company without centre to the organisation's address with its branding, and ignores centres outside multi-extranet mode", async () => {
    const { id } = await newContact("groupeMartin");
    const { token, emailId } = await invite(id);
    const email = deliverableContent(await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId } }));
    expect(email.html).toContain("Formapro Conseil");
    expect(email.html).toMatch(new RegExp(`http://formapro\\.localhost(:\\d+)?/invitation/${token}`));

    await db.organization.update({ where: { id: DEMO_ORGANIZATIONS.formapro.id }, data: { multiExtranet: false } });
    try {
      const nantes = await newContact("transportsRiviere");
      const sent = await invite(nantes.id!);
      const nantesEmail = deliverableContent(await db.emailOutbox.findUniqueOrThrow({ where: { id: sent.emailId } }));
      expect(nantesEmail.html).toContain("Formapro Nantes"); // branding stays the centre's
      expect(nantesEmail.html).toMatch(new RegExp(`http://formapro\\.localhost(:\\d+)?/invitation/${sent.token}`));
      expect(await findOpenInvitation({ db, site: await site(DEMO_HOSTS.formapro), token: sent.token })).not.toBeNull();
    } finally {
      await db.organization.update({ where: { id: DEMO_ORGANIZATIONS.formapro.id }, data: { multiExtranet: true } });
    }
  });

  it("is accepted only on the company's extranet host, once, and activates the access", async () => {
    const { id } = await newContact("martinBoulangerieLyon");
    const { token } = await invite(id);
    expect(await acceptInvitation({ db, site: await site(DEMO_HOSTS.formapro), token, password: PASSWORD })).toBeNull();
    expect(await acceptInvitation({ db, site: await site(DEMO_HOSTS.horizon), token, password: PASSWORD })).toBeNull();
    const accepted = await acceptInvitation({ db, site: await site(DEMO_HOSTS.formaproLyonCustom), token, password: PASSWORD });
    expect(accepted).not.toBeNull();
    expect(await db.extranetAccess.findUniqueOrThrow({ where: { contactId: id } })).toMatchObject({
      status: "ACTIVE",
      userId: accepted!.userId,
    });
    expect(await acceptInvitation({ db, site: await site(DEMO_HOSTS.formaproLyon), token, password: PASSWORD })).toBeNull();
    expect(await authenticate({ hostname: DEMO_HOSTS.formaproLyon, email: accepted!.email, password: PASSWORD })).toMatchObject({
      identity: { kind: "CONTACT" },
    });
    expect(await db.auditEvent.count({ where: { action: "invitation.accepted", targetId: id } })).toBe(1);
  });

  it("expires after seven days", async () => {
    const { id } = await newContact("groupeMartin");
    const { token } = await invite(id);
    const later = new Date(Date.now() + 7 * 24 * 3_600_000 + 1_000);
    expect(await acceptInvitation({ db, site: await site(DEMO_HOSTS.formapro), token, password: PASSWORD, now: later })).toBeNull();
    expect(await findOpenInvitation({ db, site: await site(DEMO_HOSTS.formapro), token })).not.toBeNull();
  });

  it("re-inviting voids the earlier link", async () => {
    const { id } = await newContact("groupeMartin");
    const first = await invite(id);
    const second = await invite(id);
    const formapro = await site(DEMO_HOSTS.formapro);
    expect(await findOpenInvitation({ db, site: formapro, token: first.token })).toBeNull();
    expect(await findOpenInvitation({ db, site: formapro, token: second.token })).not.toBeNull();
    expect(await db.extranetAccess.count({ where: { contactId: id } })).toBe(1);
  });

  it("accepts the seed's demo invitation token (SHA-256 hex)", async () => {
    const invitation = await findOpenInvitation({ db, site: await site(DEMO_INVITATION.host), token: DEMO_INVITATION.token });
    expect(invitation?.email).toBe(DEMO_INVITATION.email);
  });

  it("refuses a second access, an email already used by an account, no email, an individual, and the option off", async () => {
    const staff = await staffOf("formaproAdmin");
    const active = await db.extranetAccess.findFirstOrThrow({
      where: { status: "ACTIVE", organizationId: DEMO_ORGANIZATIONS.formapro.id },
    });
    expect(await sendInvitation({ staff, contactId: active.contactId })).toEqual({ status: "refused", reason: "already_active" });

    const sameEmail = await newContact("transportsRiviere", DEMO_LOGINS.groupeMartinContact.email);
    expect(await sendInvitation({ staff, contactId: sameEmail.id })).toEqual({ status: "refused", reason: "email_in_use" });

    const noEmail = await newContact("groupeMartin", null);
    expect(await sendInvitation({ staff, contactId: noEmail.id })).toEqual({ status: "refused", reason: "no_email" });

    const individual = await newContact("julienMoreau");
    expect(await sendInvitation({ staff, contactId: individual.id })).toEqual({ status: "refused", reason: "individual" });

    const later = await newContact("groupeMartin");
    await db.organization.update({ where: { id: DEMO_ORGANIZATIONS.formapro.id }, data: { extranetEnabled: false } });
    try {
      expect(await sendInvitation({ staff, contactId: later.id })).toEqual({ status: "refused", reason: "extranet_disabled" });
    } finally {
      await db.organization.update({ where: { id: DEMO_ORGANIZATIONS.formapro.id }, data: { extranetEnabled: true } });
    }
  });

  it("saving a contact with the box checked sends the invitation", async () => {
    const email = `${unique("coche")}@exemple.test`;
    const { invitation } = await newContact("cliniqueSaintRoch", email, true);
    expect(invitation?.status).toBe("sent");
    expect(await db.emailOutbox.count({ where: { to: email, template: "invitation" } })).toBe(1);
  });
});

describe("cutting access", () => {
  async function activeContact(companyKey: keyof typeof DEMO_COMPANIES = "groupeMartin") {
    const { id } = await newContact(companyKey);
    const { token } = await invite(id);
    const host = companyKey === "groupeMartin" ? DEMO_HOSTS.formapro : DEMO_HOSTS.formaproLyon;
    const accepted = (await acceptInvitation({ db, site: await site(host), token, password: PASSWORD }))!;
    return { contactId: id, host, ...accepted };
  }

  it("ends the sessions at the next request and refuses the next login, keeping the data", async () => {
    const contact = await activeContact();
    const organizationId = DEMO_ORGANIZATIONS.formapro.id;
    const identity = {
      userId: contact.userId,
      kind: "CONTACT" as const,
      organizationId,
      host: contact.host,
      sessionId: await startSession({ db, organizationId, userId: contact.userId, host: contact.host }),
    };
    simulateRequest({ host: contact.host, identity });
    expect((await requireContact()).contactId).toBe(contact.contactId);

    expect(await revokeAccess({ staff: await staffOf("formaproAdmin"), contactId: contact.contactId })).toEqual({ revoked: true });
    simulateRequest({ host: contact.host, identity });
    expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
    expect(await authenticate({ hostname: contact.host, email: contact.email, password: PASSWORD })).toEqual({ status: "invalid" });
    expect(await db.contact.count({ where: { id: contact.contactId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "access.revoked", targetId: contact.contactId } })).toBe(1);
  });

  it("deleting the contact cuts the access and the account can no longer log in", async () => {
    const contact = await activeContact();
    expect(await deleteContact({ staff: await staffOf("formaproAdmin"), contactId: contact.contactId })).toEqual({ status: "deleted" });
    expect(await authenticate({ hostname: contact.host, email: contact.email, password: PASSWORD })).toEqual({ status: "invalid" });
    expect(await db.authSession.count({ where: { userId: contact.userId, endedAt: null } })).toBe(0);
    expect(await db.company.count({ where: { id: DEMO_COMPANIES.groupeMartin.id } })).toBe(1);

    // The same person added again later is invited again; the old account comes back with the new access only.
    const again = await newContact("groupeMartin", contact.email);
    const { token } = await invite(again.id);
    expect(await acceptInvitation({ db, site: await site(DEMO_HOSTS.formapro), token, password: "Retour#Pass2026" })).toEqual({
      email: contact.email,
      userId: contact.userId,
    });
    expect(await authenticate({ hostname: DEMO_HOSTS.formapro, email: contact.email, password: "Retour#Pass2026" })).toMatchObject({
      identity: { id: contact.userId },
    });
  });

  it("a CRM email change leaves the login email alone; the holder changes it through a link to the new address", async () => {
    const contact = await activeContact();
    const staff = await staffOf("formaproAdmin");
    const crm = await db.contact.findUniqueOrThrow({ where: { id: contact.contactId } });
    await saveContact({
      staff,
      contactId: crm.id,
      input: {
        companyId: crm.companyId,
        civility: null,
        firstName: crm.firstName,
        lastName: crm.lastName,
        email: "autre@exemple.test",
        phone: null,
        jobTitle: null,
        invite: false,
      },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: contact.userId } })).email).toBe(contact.email);

    const formapro = await site(DEMO_HOSTS.formapro);
    const newEmail = `${unique("nouvelle")}@exemple.test`;
    expect(await requestEmailChange({ db, site: formapro, userId: contact.userId, newEmail, password: "Mauvais#2026x" })).toEqual({
      status: "wrong_password",
    });
    const requested = await requestEmailChange({ db, site: formapro, userId: contact.userId, newEmail, password: PASSWORD });
    if (requested.status !== "sent") throw new Error(requested.status);
    expect(deliverableContent(await db.emailOutbox.findFirstOrThrow({ where: { to: newEmail, template: "email-change" } })).html).toContain(
      `/confirmer-email/${requested.token}`,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: contact.userId } })).email).toBe(contact.email);
    expect(await confirmEmailChange({ db, site: await site(DEMO_HOSTS.horizon), token: requested.token })).toEqual({ status: "invalid" });
    expect(await confirmEmailChange({ db, site: formapro, token: requested.token })).toEqual({ status: "changed", email: newEmail });
    expect(await confirmEmailChange({ db, site: formapro, token: requested.token })).toEqual({ status: "invalid" });
    expect(await authenticate({ hostname: contact.host, email: newEmail, password: PASSWORD })).toMatchObject({ status: "ok" });
  });

  it("resets a password through a single-use emailed link and changes it from the account", async () => {
    const contact = await activeContact();
    const formapro = await site(DEMO_HOSTS.formapro);
    expect(await requestPasswordReset({ db, site: formapro, email: "personne@exemple.test" })).toBeNull();
    expect(await requestPasswordReset({ db, site: await site(DEMO_HOSTS.horizon), email: contact.email })).toBeNull();
    const { token } = (await requestPasswordReset({ db, site: formapro, email: contact.email }))!;
    expect(
      deliverableContent(
        await db.emailOutbox.findFirstOrThrow({ where: { to: contact.email, template: "password-reset" }, orderBy: { createdAt: "desc" } }),
      ).html,
    ).toContain(`/mot-de-passe-oublie/${token}`);
    expect(await resetPassword({ db, site: formapro, token, password: "Reset#Pass2026" })).toEqual({ email: contact.email });
    expect(await resetPassword({ db, site: formapro, token, password: "Encore#Pass2026" })).toBeNull();
    expect(await authenticate({ hostname: contact.host, email: contact.email, password: "Reset#Pass2026" })).toMatchObject({
      status: "ok",
    });

    const organizationId = DEMO_ORGANIZATIONS.formapro.id;
    expect(
      await changePassword({ db, organizationId, userId: contact.userId, currentPassword: "faux", newPassword: "Autre#Pass2026" }),
    ).toEqual({ status: "wrong_password" });
    expect(
      await changePassword({
        db,
        organizationId,
        userId: contact.userId,
        currentPassword: "Reset#Pass2026",
        newPassword: "Autre#Pass2026",
      }),
    ).toMatchObject({ status: "changed" });
    expect(await authenticate({ hostname: contact.host, email: contact.email, password: "Autre#Pass2026" })).toMatchObject({
      status: "ok",
    });
  });
});

describe("another organisation's staff", () => {
  it("gets not found for every contact operation", async () => {
    const formaproContact = await db.contact.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.formapro.id } });
    const horizon = await staffOf("horizonAdmin");
    expect(await isNotFound(sendInvitation({ staff: horizon, contactId: formaproContact.id }))).toBe(true);
    expect(await isNotFound(revokeAccess({ staff: horizon, contactId: formaproContact.id }))).toBe(true);
    expect(await isNotFound(deleteContact({ staff: horizon, contactId: formaproContact.id }))).toBe(true);
    expect(
      await isNotFound(
        saveContact({
          staff: horizon,
          input: {
            companyId: DEMO_COMPANIES.groupeMartin.id,
            civility: null,
            firstName: "X",
            lastName: "Y",
            email: null,
            phone: null,
            jobTitle: null,
            invite: false,
          },
        }),
      ),
    ).toBe(true);
    expect(
      await isNotFound(
        saveContact({
          staff: horizon,
          contactId: formaproContact.id,
          input: {
            companyId: DEMO_COMPANIES.pharmacieDuParc.id,
            civility: null,
            firstName: "X",
            lastName: "Y",
            email: null,
            phone: null,
            jobTitle: null,
            invite: false,
          },
        }),
      ),
    ).toBe(true);
    expect(await db.contact.findUniqueOrThrow({ where: { id: formaproContact.id } })).toMatchObject({
      firstName: formaproContact.firstName,
    });
  });
});
