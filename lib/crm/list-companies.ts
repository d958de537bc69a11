import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { PAGE_SIZE, pageParams } from "./crm-schemas";

export interface CompanyRow {
  id: string;
  name: string;
  isIndividual: boolean;
  city: string | null;
  centreName: string | null;
  parentName: string | null;
  contactCount: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listCompanies({
  staff,
  search = "",
  page,
}: {
  staff: StaffContext;
  search?: string;
  page?: number;
}): Promise<Paged<CompanyRow>> {
  const { page: current, skip, take } = pageParams(page);
  const query = search.trim().slice(0, 100);
  const where = { organizationId: staff.organizationId, ...(query ? { name: { contains: query, mode: "insensitive" as const } } : {}) };
  const [rows, total] = await Promise.all([
    db.company.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        name: true,
        isIndividual: true,
        city: true,
        centre: { select: { legalName: true } },
        parent: { select: { name: true } },
        _count: { select: { contacts: true } },
      },
    }),
    db.company.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      isIndividual: row.isIndividual,
      city: row.city,
      centreName: row.centre?.legalName ?? null,
      parentName: row.parent?.name ?? null,
      contactCount: row._count.contacts,
    })),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
