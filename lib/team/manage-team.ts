import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { cutAccess } from "../accounts/cut-access";
import { inviteContact } from "../invitations/invite-contact";
import type { InviteResult } from "../invitations/invitation-rules";
import type { ContactRole } from "../generated/prisma/enums";
import { companyScope } from "../tenancy/company-scope";
import { changeAccessRole, isLastActiveAdmin, type RoleChange } from "./change-access-role";
import { assignParticipant, unassignParticipant } from "./manager-assignments";
import { notifyTeamChange, type TeamChange } from "./notify-team-change";
import { fullName } from "./full-name";
import { ROLE_NAMES } from "./role-names";
import type { TransactionClient } from "../db/create-prisma-client";

// What the company's administrator does to its company's accesses from /equipe. Every access, contact and
// participant is looked up within companyScope (another company's or organisation's id: null, "not found");
// each change is audited and emailed to the organisation in the same transaction.

const change = (context: ContactContext, headline: string, paragraphs: string[], adminPath: string): TeamChange => ({
  organizationId: context.organizationId,
  companyId: context.company.id,
  companyName: context.company.name,
  actorName: fullName(context.user),
  headline,
  paragraphs,
  adminPath,
});

const contactName = async (tx: TransactionClient, context: ContactContext, contactId: string) => {
  const contact = await tx.contact.findFirstOrThrow({
    where: { ...companyScope(context), id: contactId },
    select: { firstName: true, lastName: true },
  });
  return fullName(contact);
};

/** Invites a contact the organisation's CRM already knows for this company, with a role. */
export async function inviteColleague({
  context,
  contactId,
  role,
}: {
  context: ContactContext;
  contactId: string;
  role: ContactRole;
}): Promise<InviteResult | null> {
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({ where: { ...companyScope(context), id: contactId }, select: { id: true } });
    if (!contact) return null;
    const result = await inviteContact({ tx, organizationId: context.organizationId, actorUserId: context.user.id, contactId, role });
    if (result?.status === "sent") {
      const name = await contactName(tx, context, contactId);
      await notifyTeamChange({
        tx,
        change: change(
          context,
          `invitation de ${name}`,
          [`${name} est invité·e sur l’extranet avec le rôle ${ROLE_NAMES[role]}.`],
          `/admin/contacts/${contactId}`,
        ),
      });
    }
    return result;
  });
}

/** Asks the organisation to add a person its CRM does not know yet (only staff create contacts). */
export async function requestColleague({
  context,
  person,
}: {
  context: ContactContext;
  person: { firstName: string; lastName: string; email: string; jobTitle?: string; role: ContactRole };
}): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.auditEvent.create({
      data: {
        organizationId: context.organizationId,
        companyId: context.company.id,
        actorUserId: context.user.id,
        action: "team.colleague_requested",
        targetType: "Company",
        targetId: context.company.id,
        metadata: { ...person },
      },
    });
    const name = fullName(person);
    await notifyTeamChange({
      tx,
      change: change(
        context,
        `demande d’accès pour ${name}`,
        [
          `L’entreprise demande d’ajouter ${name} (${person.email}${person.jobTitle ? `, ${person.jobTitle}` : ""}) à ses contacts et de l’inviter avec le rôle ${ROLE_NAMES[person.role]}.`,
        ],
        `/admin/contacts/nouveau?entreprise=${context.company.id}`,
      ),
    });
  });
}

/** Another role for one of the company's accesses; the company keeps an active administrator. */
export async function changeColleagueRole({
  context,
  accessId,
  role,
}: {
  context: ContactContext;
  accessId: string;
  role: ContactRole;
}): Promise<RoleChange | null> {
  return db.$transaction(async (tx) => {
    const result = await changeAccessRole({ tx, scope: companyScope(context), accessId, role, actorUserId: context.user.id });
    if (result?.status === "changed") {
      const name = await contactName(tx, context, result.contactId);
      await notifyTeamChange({
        tx,
        change: change(
          context,
          `rôle de ${name}`,
          [`${name} passe du rôle ${ROLE_NAMES[result.from]} au rôle ${ROLE_NAMES[role]}.`],
          `/admin/contacts/${result.contactId}`,
        ),
      });
    }
    return result;
  });
}

/** Cuts a colleague's access (never the company's last active administrator's: it would lock the company out). */
export async function revokeColleague({
  context,
  accessId,
}: {
  context: ContactContext;
  accessId: string;
}): Promise<"revoked" | "last_admin" | null> {
  return db.$transaction(async (tx) => {
    const access = await tx.extranetAccess.findFirst({
      where: { ...companyScope(context), id: accessId, status: { not: "REVOKED" } },
      select: { id: true, role: true, status: true, companyId: true, contactId: true },
    });
    if (!access) return null;
    if (await isLastActiveAdmin(tx, access)) return "last_admin";
    await cutAccess({
      tx,
      organizationId: context.organizationId,
      actorUserId: context.user.id,
      contactId: access.contactId,
      reason: "cut",
    });
    const name = await contactName(tx, context, access.contactId);
    await notifyTeamChange({
      tx,
      change: change(
        context,
        `accès coupé pour ${name}`,
        [`L’accès de ${name} à l’extranet est coupé.`],
        `/admin/contacts/${access.contactId}`,
      ),
    });
    return "revoked";
  });
}

/** A MANAGER access of the company follows one more participant, or one fewer. */
export async function editColleagueParticipants({
  context,
  accessId,
  participantId,
  assign,
}: {
  context: ContactContext;
  accessId: string;
  participantId: string;
  assign: boolean;
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const options = { tx, scope: companyScope(context), accessId, participantId, actorUserId: context.user.id };
    const done = assign ? await assignParticipant(options) : await unassignParticipant(options);
    if (!done) return false;
    const access = await tx.extranetAccess.findFirstOrThrow({ where: { id: accessId }, select: { contactId: true } });
    const name = await contactName(tx, context, access.contactId);
    const participant = await tx.participant.findFirst({
      where: { organizationId: context.organizationId, id: participantId },
      select: { firstName: true, lastName: true },
    });
    const who = participant ? fullName(participant) : "un participant";
    await notifyTeamChange({
      tx,
      change: change(
        context,
        `participants suivis par ${name}`,
        [assign ? `${name} suit désormais ${who}.` : `${name} ne suit plus ${who}.`],
        `/admin/contacts/${access.contactId}`,
      ),
    });
    return true;
  });
}
