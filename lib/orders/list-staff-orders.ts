import "server-only";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";

export interface StaffOrder {
  id: string;
  number: string;
  status: "PENDING" | "CONFIRMED" | "DECLINED" | "CANCELLED";
  createdAt: Date;
  companyName: string | null;
  requester: string | null;
  requesterEmail: string | null;
  requesterPhone: string | null;
  requesterCompany: string | null;
  message: string | null;
  staffMessage: string | null;
  totalExclTaxCents: number;
  lines: { id: string; title: string; number: string; startDate: Date; endDate: Date; quantity: number; unitPriceCents: number }[];
  enrolments: { id: string; name: string; status: string }[];
}

/** Orders per page of the staff's list. */
export const ORDERS_PAGE_SIZE = 25;

export const ORDER_STATUSES = ["PENDING", "CONFIRMED", "DECLINED", "CANCELLED"] as const satisfies readonly StaffOrder["status"][];

interface OrderQuery {
  staff: Pick<StaffContext, "organizationId">;
  /** Only the orders in this status (the admin home's "to confirm" opens PENDING). */
  status?: StaffOrder["status"];
}

const orderWhere = ({ staff, status }: OrderQuery) => ({ organizationId: staff.organizationId, ...(status ? { status } : {}) });

/** How many orders the organisation received, in `status` when given (for the list's pager and the admin home). */
export function countStaffOrders(query: OrderQuery): Promise<number> {
  return db.order.count({ where: orderWhere(query) });
}

/** Incoming orders of the staff member's organisation, pending first, a page of ORDERS_PAGE_SIZE at a time. */
export async function listStaffOrders({ page = 1, ...query }: OrderQuery & { page?: number }): Promise<StaffOrder[]> {
  const orders = await db.order.findMany({
    where: orderWhere(query),
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ORDERS_PAGE_SIZE,
    take: ORDERS_PAGE_SIZE,
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      totalExclTaxCents: true,
      message: true,
      staffMessage: true,
      requesterName: true,
      requesterEmail: true,
      requesterPhone: true,
      requesterCompany: true,
      company: { select: { name: true } },
      lines: {
        select: {
          id: true,
          quantity: true,
          unitPriceCents: true,
          action: { select: { title: true, number: true, startDate: true, endDate: true } },
        },
      },
      enrolments: { select: { id: true, status: true, participant: { select: { firstName: true, lastName: true } } } },
    },
  });
  return orders.map((order) => ({
    id: order.id,
    number: order.number,
    status: order.status,
    createdAt: order.createdAt,
    companyName: order.company?.name ?? null,
    requester: order.requesterName,
    requesterEmail: order.requesterEmail,
    requesterPhone: order.requesterPhone,
    requesterCompany: order.requesterCompany,
    message: order.message,
    staffMessage: order.staffMessage,
    totalExclTaxCents: order.totalExclTaxCents,
    lines: order.lines.map((line) => ({ id: line.id, quantity: line.quantity, unitPriceCents: line.unitPriceCents, ...line.action })),
    enrolments: order.enrolments.map((enrolment) => ({
      id: enrolment.id,
      status: enrolment.status,
      name: enrolment.participant ? `${enrolment.participant.firstName} ${enrolment.participant.lastName}` : "—",
    })),
  }));
}
