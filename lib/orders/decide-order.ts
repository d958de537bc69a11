import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";
import { notifyOrderDecision } from "./notify-order-decision";
import { recordEvent } from "../events/record-event";

export interface DecideOrderOptions {
  staff: Pick<StaffContext, "organizationId" | "user">;
  orderId: string;
  decision: "confirm" | "decline";
  message?: string;
}

/**
 * Staff confirm or decline an order: its pending enrolments become confirmed (waiting-list ones stay on
 * the list) or cancelled, and the contact (or visitor) gets an email with the staff's message.
 */
export async function decideOrder({
  staff,
  orderId,
  decision,
  message,
}: DecideOrderOptions): Promise<{ status: "CONFIRMED" | "DECLINED"; error?: "already_decided" }> {
  const organizationId = staff.organizationId;
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { organizationId, id: orderId },
      select: { id: true, number: true, status: true, companyId: true, contactId: true, requesterName: true, requesterEmail: true },
    });
    if (!order) notFound();
    const status = decision === "confirm" ? "CONFIRMED" : "DECLINED";
    if (order.status !== "PENDING") return { status, error: "already_decided" as const };
    await tx.order.update({ where: { id: order.id }, data: { status, staffMessage: message || null } });
    const changing = {
      organizationId,
      orderId: order.id,
      status:
        decision === "confirm" ? { in: ["PENDING" as const] } : { in: ["PENDING" as const, "WAITLISTED" as const, "CONFIRMED" as const] },
    };
    const seatStatus = decision === "confirm" ? "CONFIRMED" : "CANCELLED";
    const seats = await tx.enrolment.findMany({
      where: changing,
      select: { id: true, actionId: true, companyId: true, participantId: true },
    });
    await tx.enrolment.updateMany({ where: changing, data: { status: seatStatus } });
    for (const seat of seats) {
      await recordEvent(tx, {
        organizationId,
        companyId: seat.companyId,
        type: "enrolment.changed",
        data: {
          enrolmentId: seat.id,
          actionId: seat.actionId,
          companyId: seat.companyId,
          participantId: seat.participantId,
          status: seatStatus,
          change: "status",
        },
      });
    }
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: order.companyId,
        actorUserId: staff.user.id,
        action: `order.${status.toLowerCase()}`,
        targetType: "Order",
        targetId: order.id,
        metadata: { number: order.number },
      },
    });
    await recordEvent(tx, {
      organizationId,
      companyId: order.companyId,
      type: "order.decided",
      data: { orderId: order.id, number: order.number, companyId: order.companyId, status },
    });
    if (order.requesterEmail)
      await notifyOrderDecision({ tx, organizationId, order: { ...order, requesterEmail: order.requesterEmail }, decision, message });
    return { status };
  });
}
