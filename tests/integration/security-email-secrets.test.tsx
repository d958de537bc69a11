// Threat (review, high): any staff member read a live password-reset link of an administrator, or a
// signature code, in the email log, and took over the account or signed as the contact. Secrets now
// leave only through delivery: the readable copy is redacted, the deliverable one sealed, the log is for
// administrators, and no code is ever in a subject.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Text } from "@react-email/components";
import { EmailLayout } from "@/components/email/email-layout";
import { requestEmailChange } from "@/lib/accounts/request-email-change";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { requestSignInLink } from "@/lib/auth/email-link/request-sign-in-link";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { getBrand } from "@/lib/branding/get-brand";
import { saveContact } from "@/lib/crm/save-contact";
import { db } from "@/lib/db";
import { deliverableContent } from "@/lib/email/deliverable-content";
import { deliverEmail } from "@/lib/email/deliver-email";
import { secretCode } from "@/lib/email/email-secrets";
import { localMailboxDir } from "@/lib/email/email-transport";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { getEmail } from "@/lib/emails/get-email";
import { listEmails } from "@/lib/emails/list-emails";
import { retryEmail } from "@/lib/emails/retry-email";
import { sendInvitation } from "@/lib/invitations/send-invitation";
import { sendSignatureCode } from "@/lib/signatures/send-signature-code";
import { hashSignatureCode } from "@/lib/signatures/signature-rules";
import { lookupSite } from "@/lib/tenancy/cached-site-lookup";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, demoIdentity } from "../support/demo";
import { isNotFound, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);
const organizationId = DEMO_ORGANIZATIONS.formapro.id;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

async function asStaff(login: "formaproAdmin" | "formaproManager") {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity(login) });
  return requireStaff();
}

/** Every secret the app can mail, queued the way a user or staff member would make it queue them. */
async function queueEverySecret() {
  const since = new Date();
  const admin = await asStaff("formaproAdmin");
  const contactEmail = `secret-${Date.now()}@exemple.test`;
  const contact = await saveContact({
    staff: admin,
    input: {
      companyId: DEMO_COMPANIES.groupeMartin.id,
      civility: null,
      firstName: "Secret",
      lastName: `Test-${Date.now()}`,
      email: contactEmail,
      phone: null,
      jobTitle: null,
      invite: false,
    },
  });
  const invitation = await sendInvitation({ staff: admin, contactId: contact.id! });
  if (invitation.status !== "sent") throw new Error(invitation.reason);

  // The review's attack: a password reset of the administrator, read by a manager.
  const site = (await lookupSite(DEMO_HOSTS.formapro))!;
  const reset = await requestPasswordReset({ db, site, email: DEMO_LOGINS.formaproAdmin.email });
  const signInLink = await requestSignInLink({ db, site, email: DEMO_LOGINS.groupeMartinContact.email });

  const claire = await db.user.findFirstOrThrow({ where: { email: DEMO_LOGINS.groupeMartinContact.email, organizationId } });
  const newEmail = `claire-${Date.now()}@exemple.test`;
  const requested = await requestEmailChange({ db, site, userId: claire.id, newEmail, password: DEMO_PASSWORD });
  if (requested.status !== "sent") throw new Error(requested.status);
  const change = { token: requested.token, newEmail };

  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
  const context = await requireContact();
  const request = await db.signatureRequest.findFirstOrThrow({
    where: { companyId: DEMO_COMPANIES.groupeMartin.id, signerContactId: context.contactId, status: { in: ["PENDING", "VIEWED"] } },
  });
  const code = await sendSignatureCode({ context, requestId: request.id, origin: { ip: "inconnue", userAgent: "jest" } });
  if (code.status !== "sent") throw new Error(code.reason);

  const recipients = [contactEmail, DEMO_LOGINS.formaproAdmin.email, change.newEmail, DEMO_LOGINS.groupeMartinContact.email];
  return { tokens: [invitation.token, reset!.token, change.token, signInLink!.token], recipients, since };
}

/** Whether a text shows a link token that still opens something, or a code that still signs something. */
async function liveSecretsIn(text: string): Promise<string[]> {
  const now = new Date();
  const candidates = [...new Set(text.match(/[A-Za-z0-9_-]{43}/g) ?? [])];
  const hashes = candidates.map(sha256);
  const [invitations, links, feeds] = await Promise.all([
    db.invitation.findMany({
      where: { tokenHash: { in: hashes }, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { tokenHash: true },
    }),
    db.authToken.findMany({ where: { tokenHash: { in: hashes }, usedAt: null, expiresAt: { gt: now } }, select: { tokenHash: true } }),
    db.calendarFeed.findMany({ where: { tokenHash: { in: hashes }, revokedAt: null }, select: { tokenHash: true } }),
  ]);
  const live = new Set([...invitations, ...links, ...feeds].map((row) => row.tokenHash));
  const codes = [...new Set(text.match(/\b\d{6}\b/g) ?? [])];
  const open = await db.signatureRequest.findMany({
    where: { organizationId, otpHash: { not: null }, otpExpiresAt: { gt: now } },
    select: { id: true, otpHash: true },
  });
  const liveCodes = codes.filter((code) => open.some((request) => hashSignatureCode(request.id, code) === request.otpHash));
  return [...candidates.filter((candidate) => live.has(sha256(candidate))), ...liveCodes];
}

/** Runs the delivery job of these emails only (no worker runs in the tests); without a provider they land in the local mailbox. */
async function deliverOnly(ids: string[]) {
  for (const outboxId of ids) await deliverEmail({ outboxId }, { attempt: 1, maxAttempts: 8, signal: new AbortController().signal });
}

/** An email as its recipient got it: the local mailbox's file, its envelope line first. */
async function received(id: string): Promise<{ id: string; subject: string; html: string }> {
  const file = await readFile(path.join(localMailboxDir(), `${id}.html`), "utf8");
  return { id, subject: /Subject: (.*) -->/.exec(file)![1], html: file };
}

let queued: Awaited<ReturnType<typeof queueEverySecret>>;

beforeAll(async () => {
  queued = await queueEverySecret();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the email log", () => {
  it("shows no live link token or code in anything staff can open, nor in the table's readable columns", async () => {
    const admin = await asStaff("formaproAdmin");
    let opened = 0;
    for (let page = 1; ; page++) {
      const list = await listEmails({ staff: admin, page });
      for (const row of list.items) {
        expect(await liveSecretsIn(`${row.subject} ${row.to} ${row.lastError ?? ""}`)).toEqual([]);
        const email = await getEmail({ staff: admin, emailId: row.id });
        expect({ id: row.id, template: row.template, live: await liveSecretsIn(`${email.subject}\n${email.html}\n${email.text}`) }).toEqual(
          {
            id: row.id,
            template: row.template,
            live: [],
          },
        );
        opened++;
      }
      if (page >= list.pageCount) break;
    }
    expect(opened).toBeGreaterThanOrEqual(4);
    const stored = await db.emailOutbox.findMany({
      where: { organizationId },
      select: { subject: true, html: true, text: true, sealedContent: true },
    });
    for (const row of stored) {
      for (const token of queued.tokens) expect(`${row.subject}${row.html}${row.text}${row.sealedContent ?? ""}`).not.toContain(token);
    }
  });

  it("still delivers the real link and code, then keeps no copy of them", async () => {
    const ours = await db.emailOutbox.findMany({
      where: { organizationId, to: { in: queued.recipients }, createdAt: { gte: queued.since }, sealedContent: { not: null } },
    });
    const deliverable = ours.map(deliverableContent).map((content) => `${content.html}\n${content.text}`);
    for (const token of queued.tokens) expect(deliverable.some((text) => text.includes(token))).toBe(true);
    expect((await Promise.all(deliverable.map(liveSecretsIn))).flat().length).toBeGreaterThanOrEqual(4);

    await deliverOnly(ours.map((row) => row.id));
    const sent = await Promise.all(ours.map((row) => received(row.id)));
    for (const token of queued.tokens) expect(sent.some((email) => email.html.includes(token))).toBe(true);
    const code = sent.find((email) => email.id === ours.find((row) => row.template === "signature-code")!.id)!;
    expect(code.subject).not.toMatch(/\d{6}/);
    expect(code.html).toMatch(/\b\d{6}\b/);
    expect(await db.emailOutbox.count({ where: { id: { in: ours.map((row) => row.id) }, sealedContent: { not: null } } })).toBe(0);
  });

  it("is for administrators only: a manager gets not found, for the list, an email and a retry", async () => {
    const manager = await asStaff("formaproManager");
    const email = await db.emailOutbox.findFirstOrThrow({ where: { organizationId, template: "password-reset" } });
    expect(await isNotFound(listEmails({ staff: manager }))).toBe(true);
    expect(await isNotFound(getEmail({ staff: manager, emailId: email.id }))).toBe(true);
    expect(await isNotFound(retryEmail({ staff: manager, emailId: email.id }))).toBe(true);
    const admin = await asStaff("formaproAdmin");
    expect(await getEmail({ staff: admin, emailId: email.id })).toMatchObject({ carriesSecret: true });
  });
});

describe("sending a secret", () => {
  it("never puts a signature code in the subject", async () => {
    const email = await db.emailOutbox.findFirstOrThrow({
      where: { organizationId, template: "signature-code" },
      orderBy: { createdAt: "desc" },
    });
    expect(email.subject).not.toMatch(/\d/);
  });

  it("refuses to queue an email whose readable copy would show its secret", async () => {
    const brand = await getBrand({ db, organizationId });
    const attempt = enqueueEmail({
      db,
      organizationId,
      template: "test-leak",
      to: "fuite@exemple.test",
      subject: "Votre code : 123456",
      secrets: { code: secretCode("123456") },
      body: ({ code }) => (
        <EmailLayout brand={brand} preview="Essai">
          <Text>{code}</Text>
        </EmailLayout>
      ),
    });
    await expect(attempt).rejects.toThrow(/would be readable/);
    expect(await db.emailOutbox.count({ where: { template: "test-leak" } })).toBe(0);
  });

  it("without a provider, keeps the deliverable copy in the local mailbox folder, not in the web log", async () => {
    const brand = await getBrand({ db, organizationId });
    const { id } = await enqueueEmail({
      db,
      organizationId,
      template: "test-mailbox",
      to: "boite@exemple.test",
      subject: "Essai de boîte locale",
      secrets: { code: secretCode("654321") },
      body: ({ code }) => (
        <EmailLayout brand={brand} preview="Essai">
          <Text>{`Code ${code}`}</Text>
        </EmailLayout>
      ),
    });
    await deliverOnly([id]);
    expect(await readFile(path.join(localMailboxDir(), `${id}.html`), "utf8")).toContain("Code 654321");
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", sealedContent: null });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).html).not.toContain("654321");
    await db.emailOutbox.delete({ where: { id } });
  });
});
