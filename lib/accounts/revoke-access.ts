import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { cutAccess } from "./cut-access";

/** Staff cuts a contact's extranet access. A contact of another organisation is "not found". */
export async function revokeAccess({ staff, contactId }: { staff: StaffContext; contactId: string }): Promise<{ revoked: boolean }> {
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({ where: { id: contactId, organizationId: staff.organizationId }, select: { id: true } });
    if (!contact) notFound();
    return { revoked: await cutAccess({ tx, organizationId: staff.organizationId, actorUserId: staff.user.id, contactId, reason: "cut" }) };
  });
}
