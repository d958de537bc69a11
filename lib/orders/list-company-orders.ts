import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";

export interface CompanyOrder {
  id: string;
  number: string;
  status: "PENDING" | "CONFIRMED" | "DECLINED" | "CANCELLED";
  createdAt: Date;
  totalExclTaxCents: number;
  staffMessage: string | null;
  lines: { id: string; title: string; startDate: Date; endDate: Date; quantity: number; unitPriceCents: number }[];
  enrolments: { id: string; actionId: string; name: string; status: "PENDING" | "CONFIRMED" | "WAITLISTED" | "CANCELLED" }[];
}

/** The company's orders, newest first, with their sessions and the enrolments they created. */
export async function listCompanyOrders({ context, take = 50 }: { context: ContactContext; take?: number }): Promise<CompanyOrder[]> {
  const orders = await db.order.findMany({
    where: companyScope(context),
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      totalExclTaxCents: true,
      staffMessage: true,
      lines: {
        select: { id: true, quantity: true, unitPriceCents: true, action: { select: { title: true, startDate: true, endDate: true } } },
      },
      enrolments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          actionId: true,
          status: true,
          placeholderLabel: true,
          participant: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
  return orders.map((order) => ({
    id: order.id,
    number: order.number,
    status: order.status,
    createdAt: order.createdAt,
    totalExclTaxCents: order.totalExclTaxCents,
    staffMessage: order.staffMessage,
    lines: order.lines.map((line) => ({
      id: line.id,
      title: line.action.title,
      startDate: line.action.startDate,
      endDate: line.action.endDate,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
    })),
    enrolments: order.enrolments.map((enrolment) => ({
      id: enrolment.id,
      actionId: enrolment.actionId,
      status: enrolment.status,
      name: enrolment.participant
        ? `${enrolment.participant.firstName} ${enrolment.participant.lastName}`
        : (enrolment.placeholderLabel ?? "—"),
    })),
  }));
}
