import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { EmailStatus } from "../generated/prisma/enums";
import type { SortDirection } from "../http/request-params";
import { assertAdmin } from "../auth/assert-admin";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { PAGE_SIZE, pageParams } from "../crm/crm-schemas";
import type { Paged } from "../crm/list-companies";

export interface EmailRow {
  id: string;
  template: string;
  to: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export const EMAIL_STATUSES = ["PENDING", "SENT", "FAILED"] as const satisfies readonly EmailStatus[];

/** The email log's sortable columns (`tri`), newest first by default. */
export const EMAIL_SORTS = ["date", "to", "status"] as const;
export type EmailSort = (typeof EMAIL_SORTS)[number];

// The id last: one stable order across pages. Each reads an index of EmailOutbox beginning with organizationId.
const EMAIL_ORDER: Record<EmailSort, (direction: SortDirection) => Prisma.EmailOutboxOrderByWithRelationInput[]> = {
  date: (direction) => [{ createdAt: direction }, { id: direction }],
  to: (direction) => [{ to: direction }, { id: direction }],
  status: (direction) => [{ status: direction }, { createdAt: direction }, { id: direction }],
};

interface EmailQuery {
  staff: StaffContext;
  /** Only the emails in this state (the admin home's "failed" opens FAILED). */
  status?: EmailStatus;
}

function emailWhere({ staff, status }: EmailQuery) {
  assertAdmin(staff);
  return { organizationId: staff.organizationId, ...(status ? { status } : {}) };
}

/** How many emails of the log the filter gives, for administrators. */
export function countEmails(query: EmailQuery): Promise<number> {
  return db.emailOutbox.count({ where: emailWhere(query) });
}

/** The organisation's email log, newest first unless told, for administrators (links and codes in it are redacted). */
export async function listEmails({
  page,
  sort = "date",
  direction = "desc",
  ...query
}: EmailQuery & { page?: number; sort?: EmailSort; direction?: SortDirection }): Promise<Paged<EmailRow>> {
  const where = emailWhere(query);
  const { page: current, skip, take } = pageParams(page);
  const [items, total] = await Promise.all([
    db.emailOutbox.findMany({
      where,
      orderBy: EMAIL_ORDER[sort](direction),
      skip,
      take,
      select: {
        id: true,
        template: true,
        to: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.emailOutbox.count({ where }),
  ]);
  return { items, total, page: current, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
