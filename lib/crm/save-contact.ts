import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { inviteContact } from "../invitations/invite-contact";
import type { InviteResult } from "../invitations/invitation-rules";
import type { ContactInput } from "./crm-schemas";

/**
 * Creates or updates a contact; with `invite` checked, sends the invitation in the same transaction. The
 * CRM email is only the CRM's: an account's login email never changes from here.
 */
export async function saveContact({
  staff,
  contactId,
  input,
}: {
  staff: StaffContext;
  contactId?: string;
  input: ContactInput;
}): Promise<{ id: string; invitation: InviteResult | null }> {
  const organizationId = staff.organizationId;
  const { invite, role, ...fields } = input;
  return db.$transaction(async (tx) => {
    const company = await tx.company.findFirst({ where: { id: fields.companyId, organizationId }, select: { id: true } });
    if (!company) notFound();
    let id: string;
    if (contactId) {
      const existing = await tx.contact.findFirst({
        where: { id: contactId, organizationId },
        select: { id: true, companyId: true, access: { select: { status: true } } },
      });
      if (!existing) notFound();
      // An access belongs to the company it was given for: moving a contact with one would leave it dangling.
      const moved = existing.companyId !== fields.companyId && existing.access && existing.access.status !== "REVOKED";
      id = (
        await tx.contact.update({
          where: { id: contactId },
          data: moved ? { ...fields, companyId: existing.companyId } : fields,
          select: { id: true },
        })
      ).id;
    } else {
      id = (await tx.contact.create({ data: { ...fields, organizationId }, select: { id: true } })).id;
    }
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: fields.companyId,
        actorUserId: staff.user.id,
        action: contactId ? "contact.updated" : "contact.created",
        targetType: "Contact",
        targetId: id,
      },
    });
    const invitation = invite ? await inviteContact({ tx, organizationId, actorUserId: staff.user.id, contactId: id, role }) : null;
    return { id, invitation };
  });
}
