import "server-only";
import type { EmailStatus } from "../generated/prisma/enums";
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

/** The organisation's email log, newest first, for administrators (links and codes in it are redacted). */
export async function listEmails({ staff, page }: { staff: StaffContext; page?: number }): Promise<Paged<EmailRow>> {
  assertAdmin(staff);
  const { page: current, skip, take } = pageParams(page);
  const where = { organizationId: staff.organizationId };
  const [items, total] = await Promise.all([
    db.emailOutbox.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
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
