import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { getBrand } from "../branding/get-brand";
import { enqueueEmail } from "../email/enqueue-email";
import { upcomingInterWhere } from "../catalogue/list-catalogue";
import { OrderConfirmationEmail } from "@/components/email/order-confirmation-email";
import { OrderNotificationEmail } from "@/components/email/order-notification-email";
import { formatDateSpan, formatMoney } from "../format/format";
import { nextOrderNumber } from "./next-order-number";
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
    const brand = await getBrand({ db: tx, organizationId });
    const dates = formatDateSpan(action.startDate, action.endDate);
    await enqueueEmail({
      db: tx,
      organizationId,
      template: "order-confirmation",
      to: email,
      subject: `Votre demande d’inscription ${number}`,
      body: (
        <OrderConfirmationEmail
          brand={brand}
          recipientName={name}
          number={number}
          lines={[{ title: action.title, dates, people: [`${seats} place(s)`], status: "demande reçue" }]}
          total={formatMoney(unitPriceCents * seats, "fr", { plainSpaces: true })}
          confirmed={false}
          link={null}
        />
      ),
    });
    if (organization.email) {
      await enqueueEmail({
        db: tx,
        organizationId,
        template: "order-notification",
        to: organization.email,
        subject: `Demande d’inscription ${number} — ${name}`,
        body: (
          <OrderNotificationEmail
            brand={brand}
            title={`Demande d’inscription ${number}`}
            from={`${name} <${email}>${kind === "company" && company ? ` (${company})` : " (particulier)"}`}
            details={[`${action.title} — ${dates}`, `${seats} place(s)`, ...(message ? [message] : [])]}
            link={`${brand.baseUrl}/admin/commandes`}
          />
        ),
      });
    }
    return number;
  });
  return { number };
}
