import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { companyChoiceOf } from "./company-choices";

export async function getContactDetail({ staff, contactId }: { staff: StaffContext; contactId: string }) {
  const contact = await db.contact.findFirst({
    where: { id: contactId, organizationId: staff.organizationId },
    select: {
      id: true,
      companyId: true,
      civility: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      jobTitle: true,
      company: { select: { id: true, name: true, city: true, isIndividual: true } },
      access: { select: { status: true, role: true, user: { select: { email: true } } } },
    },
  });
  if (!contact) notFound();
  const { access, ...rest } = contact;
  return {
    ...rest,
    companyChoice: companyChoiceOf(contact.company),
    accessStatus: access?.status ?? null,
    accessRole: access?.role ?? null,
    loginEmail: access?.user?.email ?? null,
  };
}
export type ContactDetail = Awaited<ReturnType<typeof getContactDetail>>;
