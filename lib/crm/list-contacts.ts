import "server-only";
import type { AccessStatus } from "../generated/prisma/enums";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SortDirection } from "../http/request-params";
import { staleInvitationWhere } from "../invitations/stale-invitations";
import { companyNameWhere } from "./company-name-where";
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

/** The access filters of the contacts list: "stale_invitation" = invited, not accepted for 7 days. */
export const CONTACT_ACCESS_FILTERS = ["stale_invitation"] as const;

/** The contact list's sortable columns (`tri`), by name by default. */
export const CONTACT_SORTS = ["name", "company", "email"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

// The id last: one stable order across pages. Name and email read an index of Contact
// (organizationId, lastName, firstName, id) / (organizationId, email, id).
const CONTACT_ORDER: Record<ContactSort, (direction: SortDirection) => Prisma.ContactOrderByWithRelationInput[]> = {
  name: (direction) => [{ lastName: direction }, { firstName: direction }, { id: direction }],
  company: (direction) => [{ company: { name: direction } }, { lastName: "asc" }, { id: "asc" }],
  email: (direction) => [{ email: { sort: direction, nulls: "last" } }, { id: direction }],
};

interface ContactQuery {
  staff: StaffContext;
  search?: string;
  access?: (typeof CONTACT_ACCESS_FILTERS)[number];
  now?: Date;
}

async function contactWhere({ staff, search = "", access, now }: ContactQuery): Promise<Prisma.ContactWhereInput> {
  const query = search.trim().slice(0, 100);
  const contains = { contains: query, mode: "insensitive" as const };
  return {
    organizationId: staff.organizationId,
    ...(query
      ? {
          OR: [{ lastName: contains }, { firstName: contains }, { email: contains }, await companyNameWhere(staff.organizationId, query)],
        }
      : {}),
    ...(access === "stale_invitation" ? { access: staleInvitationWhere(now) } : {}),
  };
}

/** How many of the organisation's contacts the filters give (the admin home's stale invitations). */
export async function countContacts(query: ContactQuery): Promise<number> {
  return db.contact.count({ where: await contactWhere(query) });
}

export async function listContacts({
  page,
  sort = "name",
  direction = "asc",
  ...filters
}: ContactQuery & { page?: number; sort?: ContactSort; direction?: SortDirection }): Promise<Paged<ContactRow>> {
  const { page: current, skip, take } = pageParams(page);
  const where = await contactWhere(filters);
  const [rows, total] = await Promise.all([
    db.contact.findMany({
      where,
      orderBy: CONTACT_ORDER[sort](direction),
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
