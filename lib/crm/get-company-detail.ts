import "server-only";
import { notFound } from "next/navigation";
import type { AccessStatus } from "../generated/prisma/enums";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { companyChoiceOf, type CompanyChoice } from "./company-choices";

export interface CompanyContactRow {
  id: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  accessStatus: AccessStatus | null;
}

export interface CompanyDetail {
  id: string;
  name: string;
  isIndividual: boolean;
  centreId: string | null;
  parentId: string | null;
  siret: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  centreName: string | null;
  parentName: string | null;
  /** The parent as the company form's picker shows it. */
  parentChoice: CompanyChoice | null;
  subsidiaries: { id: string; name: string }[];
  contacts: CompanyContactRow[];
}

/** One company of the staff member's organisation with its contacts; another organisation's id → not found. */
export async function getCompanyDetail({ staff, companyId }: { staff: StaffContext; companyId: string }): Promise<CompanyDetail> {
  const company = await db.company.findFirst({
    where: { id: companyId, organizationId: staff.organizationId },
    select: {
      id: true,
      name: true,
      isIndividual: true,
      centreId: true,
      parentId: true,
      siret: true,
      email: true,
      phone: true,
      city: true,
      centre: { select: { legalName: true } },
      parent: { select: { id: true, name: true, city: true } },
      subsidiaries: { select: { id: true, name: true }, orderBy: { name: "asc" }, take: 200 },
      contacts: {
        select: { id: true, firstName: true, lastName: true, email: true, jobTitle: true, access: { select: { status: true } } },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        take: 500,
      },
    },
  });
  if (!company) notFound();
  const { centre, parent, contacts, ...rest } = company;
  return {
    ...rest,
    centreName: centre?.legalName ?? null,
    parentName: parent?.name ?? null,
    parentChoice: parent ? companyChoiceOf(parent) : null,
    contacts: contacts.map((contact) => ({
      id: contact.id,
      name: `${contact.firstName} ${contact.lastName}`,
      email: contact.email,
      jobTitle: contact.jobTitle,
      accessStatus: contact.access?.status ?? null,
    })),
  };
}
