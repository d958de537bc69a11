import "server-only";
import type { AccessStatus } from "../generated/prisma/enums";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { PAGE_SIZE, pageParams } from "./crm-schemas";
import type { Paged } from "./list-companies";

export interface ContactRow {
  id: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  company: { id: string; name: string; isIndividual: boolean };
  accessStatus: AccessStatus | null;
}

export async function listContacts({
  staff,
  search = "",
  page,
}: {
  staff: StaffContext;
  search?: string;
  page?: number;
}): Promise<Paged<ContactRow>> {
  const { page: current, skip, take } = pageParams(page);
  const query = search.trim().slice(0, 100);
  const contains = { contains: query, mode: "insensitive" as const };
  const where = {
    organizationId: staff.organizationId,
    ...(query ? { OR: [{ lastName: contains }, { firstName: contains }, { email: contains }, { company: { name: contains } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.contact.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        jobTitle: true,
        company: { select: { id: true, name: true, isIndividual: true } },
        access: { select: { status: true } },
      },
    }),
    db.contact.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: `${row.firstName} ${row.lastName}`,
      email: row.email,
      jobTitle: row.jobTitle,
      company: row.company,
      accessStatus: row.access?.status ?? null,
    })),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
