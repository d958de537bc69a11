import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SortDirection } from "../http/request-params";
import { PAGE_SIZE, pageParams } from "./crm-schemas";

/** The company list's sortable columns (`tri`), by name by default. */
export const COMPANY_SORTS = ["name", "city", "contacts"] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

// The name and id after the column: one stable order across pages.
const COMPANY_ORDER: Record<CompanySort, (direction: SortDirection) => Prisma.CompanyOrderByWithRelationInput[]> = {
  name: (direction) => [{ name: direction }, { id: direction }],
  city: (direction) => [{ city: { sort: direction, nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  contacts: (direction) => [{ contacts: { _count: direction } }, { name: "asc" }, { id: "asc" }],
};

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
  sort = "name",
  direction = "asc",
  page,
}: {
  staff: StaffContext;
  search?: string;
  sort?: CompanySort;
  direction?: SortDirection;
  page?: number;
}): Promise<Paged<CompanyRow>> {
  const { page: current, skip, take } = pageParams(page);
  const query = search.trim().slice(0, 100);
  const where = { organizationId: staff.organizationId, ...(query ? { name: { contains: query, mode: "insensitive" as const } } : {}) };
  const [rows, total] = await Promise.all([
    db.company.findMany({
      where,
      orderBy: COMPANY_ORDER[sort](direction),
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
