import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** A company as a picker offers it: the city tells two companies of one name apart. */
export interface CompanyChoice {
  id: string;
  label: string;
}

const CHOICES_SHOWN = 20;
const choiceSelect = { id: true, name: true, city: true } as const;

/** The label of a company in a picker. */
export const companyChoiceOf = (company: { id: string; name: string; city: string | null }): CompanyChoice => ({
  id: company.id,
  label: company.city ? `${company.name} · ${company.city}` : company.name,
});

/**
 * The organisation's companies whose name contains the text typed, the first 20 by name: a picker, not a
 * select of every company (an organisation has thousands). `parentsOnly` keeps those that may be a parent.
 */
export async function searchCompanyChoices({
  staff,
  query,
  parentsOnly,
  excludeId,
}: {
  staff: StaffContext;
  query: string;
  parentsOnly: boolean;
  excludeId?: string;
}): Promise<CompanyChoice[]> {
  const where: Prisma.CompanyWhereInput = {
    organizationId: staff.organizationId,
    ...(query ? { name: { contains: query, mode: "insensitive" } } : {}),
    ...(parentsOnly ? { parentId: null, isIndividual: false } : {}),
    ...(excludeId ? { id: { not: excludeId } } : {}),
  };
  const companies = await db.company.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: choiceSelect,
    take: CHOICES_SHOWN,
  });
  return companies.map(companyChoiceOf);
}

/** The choice a picker starts from (the company already chosen, or the one a link pre-selects); null when not the organisation's. */
export async function companyChoice({ staff, companyId }: { staff: StaffContext; companyId: string | null | undefined }) {
  if (!companyId) return null;
  const company = await db.company.findFirst({ where: { organizationId: staff.organizationId, id: companyId }, select: choiceSelect });
  return company ? companyChoiceOf(company) : null;
}
