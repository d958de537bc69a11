import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { upcomingInterWhere } from "../catalogue/list-catalogue";
import { nextOrderNumber } from "./next-order-number";
import { notifyEnrolmentRequest } from "./notify-order-placed";
import { recordEvent } from "../events/record-event";

export interface RequestEnrolmentOptions {
  organizationId: string;
  actionId: string;
  kind: "individual" | "company";
  name: string;
  email: string;
  phone?: string;
  company?: string;
  seats: number;
  message?: string;
  now?: Date;
}

/**
 * An anonymous visitor's enrolment request: an order without company that staff follow up (no seat is
 * taken until staff enrol the person). The visitor gets an acknowledgement and the organisation an email.
 */
export async function requestEnrolment(options: RequestEnrolmentOptions): Promise<{ number: string }> {
  const { organizationId, actionId, kind, name, email, phone, company, seats, message, now = new Date() } = options;
  const action = await db.trainingAction.findFirst({
    where: { ...upcomingInterWhere(organizationId, now), id: actionId, modules: { every: { module: { published: true } } } },
    select: {
      id: true,
      title: true,
      startDate: true,
      endDate: true,
      priceCents: true,
      modules: { select: { module: { select: { defaultPriceCents: true } } } },
    },
  });
  if (!action) notFound();
  const unitPriceCents = action.priceCents ?? action.modules.reduce((sum, entry) => sum + entry.module.defaultPriceCents, 0);

  const number = await db.$transaction(async (tx) => {
    const { number, organization } = await nextOrderNumber({ tx, organizationId, now });
    const order = await tx.order.create({
      data: {
        organizationId,
        number,
        status: "PENDING",
        totalExclTaxCents: unitPriceCents * seats,
        requesterName: name,
        requesterEmail: email,
        requesterPhone: phone || null,
        requesterCompany: kind === "company" ? company || null : null,
        message: message || null,
        lines: { create: { organizationId, actionId: action.id, quantity: seats, unitPriceCents } },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { organizationId, action: "order.requested", targetType: "Order", targetId: order.id, metadata: { number, kind } },
    });
    await recordEvent(tx, {
      organizationId,
      type: "order.placed",
      data: { orderId: order.id, number, companyId: null, status: "PENDING", totalExclTaxCents: unitPriceCents * seats },
    });
    await notifyEnrolmentRequest({
      tx,
      organizationId,
      organizationEmail: organization.email,
      number,
      requester: { name, email, kind, company },
      action,
      seats,
      totalExclTaxCents: unitPriceCents * seats,
      message,
    });
    return number;
  });
  return { number };
}
