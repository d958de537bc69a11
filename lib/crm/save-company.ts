import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { cutAccess } from "../accounts/cut-access";
import type { CompanyInput } from "./crm-schemas";

export type SaveCompanyResult = { status: "saved"; id: string } | { status: "invalid"; field: "parentId" | "centreId"; error: string };

/**
 * Creates or updates a company of the staff member's organisation. Centre and parent must belong to the
 * same organisation (else "not found"); a parent is one level only and never the company itself.
 */
export async function saveCompany({
  staff,
  companyId,
  input,
}: {
  staff: StaffContext;
  companyId?: string;
  input: CompanyInput;
}): Promise<SaveCompanyResult> {
  const organizationId = staff.organizationId;
  return db.$transaction(async (tx) => {
    if (companyId && !(await tx.company.findFirst({ where: { id: companyId, organizationId }, select: { id: true } }))) notFound();
    if (input.centreId && !(await tx.centre.findFirst({ where: { id: input.centreId, organizationId }, select: { id: true } }))) notFound();
    if (input.parentId) {
      const parent = await tx.company.findFirst({
        where: { id: input.parentId, organizationId },
        select: { id: true, parentId: true, isIndividual: true },
      });
      if (!parent) notFound();
      if (parent.id === companyId || parent.parentId || parent.isIndividual)
        return { status: "invalid", field: "parentId", error: "invalid_parent" } as const;
      if (companyId && (await tx.company.count({ where: { organizationId, parentId: companyId } })) > 0)
        return { status: "invalid", field: "parentId", error: "invalid_parent" } as const;
    }
    const data = { ...input, siret: input.siret?.replace(/\s/g, "") ?? null };
    const saved = companyId
      ? await tx.company.update({ where: { id: companyId }, data, select: { id: true } })
      : await tx.company.create({ data: { ...data, organizationId }, select: { id: true } });
    if (companyId && input.isIndividual) {
      // An individual never has an extranet: marking the company so cuts its contacts' accesses.
      const accesses = await tx.extranetAccess.findMany({
        where: { organizationId, companyId, status: { not: "REVOKED" } },
        select: { contactId: true },
        take: 500,
      });
      for (const { contactId } of accesses) await cutAccess({ tx, organizationId, actorUserId: staff.user.id, contactId, reason: "cut" });
    }
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: saved.id,
        actorUserId: staff.user.id,
        action: companyId ? "company.updated" : "company.created",
        targetType: "Company",
        targetId: saved.id,
      },
    });
    return { status: "saved", id: saved.id } as const;
  });
}
