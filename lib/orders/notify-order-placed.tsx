import "server-only";
import { OrderConfirmationEmail } from "@/components/email/order-confirmation-email";
import { OrderNotificationEmail } from "@/components/email/order-notification-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { formatDateSpan, formatMoney } from "../format/format";
import type { EnrolmentStatus } from "../generated/prisma/enums";

/** One session of a validated cart, as its emails tell it. */
export interface PlacedLine {
  title: string;
  startDate: Date;
  endDate: Date;
  people: string[];
  status: EnrolmentStatus;
}

const SEAT_STATUS_LABELS: Partial<Record<EnrolmentStatus, string>> = {
  WAITLISTED: "liste d’attente",
  CONFIRMED: "confirmée",
};

const money = (cents: number) => formatMoney(cents, "fr", { plainSpaces: true });

/**
 * A contact validated their cart: the order's summary to them (with their company's branding and the
 * extranet's orders page), and a notice to the organisation's own address when it has one.
 */
export async function notifyCartOrder({
  tx,
  organizationId,
  organizationEmail,
  company,
  contact,
  number,
  lines,
  totalExclTaxCents,
  confirmed,
}: {
  tx: TransactionClient;
  organizationId: string;
  organizationEmail: string | null;
  company: { id: string; name: string };
  contact: { firstName: string; lastName: string; email: string };
  number: string;
  lines: PlacedLine[];
  totalExclTaxCents: number;
  confirmed: boolean;
}): Promise<void> {
  const emailLines = lines.map((line) => ({
    title: line.title,
    dates: formatDateSpan(line.startDate, line.endDate),
    people: line.people,
    status: SEAT_STATUS_LABELS[line.status] ?? "en attente de confirmation",
  }));
  const total = money(totalExclTaxCents);
  const brand = await getBrand({ db: tx, organizationId, companyId: company.id });
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-confirmation",
    to: contact.email,
    subject: `Votre commande ${number}`,
    body: (
      <OrderConfirmationEmail
        brand={brand}
        recipientName={contact.firstName}
        number={number}
        lines={emailLines}
        total={total}
        confirmed={confirmed}
        link={`${brand.baseUrl}/catalogue/commandes`}
      />
    ),
  });
  if (!organizationEmail) return;
  const orgBrand = await getBrand({ db: tx, organizationId });
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-notification",
    to: organizationEmail,
    subject: `Nouvelle commande ${number} — ${company.name}`,
    body: (
      <OrderNotificationEmail
        brand={orgBrand}
        title={`Nouvelle commande ${number}`}
        from={`${contact.firstName} ${contact.lastName} (${company.name})`}
        details={[
          ...emailLines.map((line) => `${line.title} — ${line.dates} : ${line.people.join(", ")} (${line.status})`),
          `Total HT : ${total}`,
        ]}
        link={`${orgBrand.baseUrl}/admin/commandes`}
      />
    ),
  });
}

/**
 * A visitor asked for seats in a session: an acknowledgement to them, and a notice to the organisation's
 * own address when it has one (both with the organisation's branding: a visitor has no company).
 */
export async function notifyEnrolmentRequest({
  tx,
  organizationId,
  organizationEmail,
  number,
  requester,
  action,
  seats,
  totalExclTaxCents,
  message,
}: {
  tx: TransactionClient;
  organizationId: string;
  organizationEmail: string | null;
  number: string;
  requester: { name: string; email: string; kind: "individual" | "company"; company?: string };
  action: { title: string; startDate: Date; endDate: Date };
  seats: number;
  totalExclTaxCents: number;
  message?: string;
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId });
  const dates = formatDateSpan(action.startDate, action.endDate);
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-confirmation",
    to: requester.email,
    subject: `Votre demande d’inscription ${number}`,
    body: (
      <OrderConfirmationEmail
        brand={brand}
        recipientName={requester.name}
        number={number}
        lines={[{ title: action.title, dates, people: [`${seats} place(s)`], status: "demande reçue" }]}
        total={money(totalExclTaxCents)}
        confirmed={false}
        link={null}
      />
    ),
  });
  if (!organizationEmail) return;
  const from = `${requester.name} <${requester.email}>${requester.kind === "company" && requester.company ? ` (${requester.company})` : " (particulier)"}`;
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-notification",
    to: organizationEmail,
    subject: `Demande d’inscription ${number} — ${requester.name}`,
    body: (
      <OrderNotificationEmail
        brand={brand}
        title={`Demande d’inscription ${number}`}
        from={from}
        details={[`${action.title} — ${dates}`, `${seats} place(s)`, ...(message ? [message] : [])]}
        link={`${brand.baseUrl}/admin/commandes`}
      />
    ),
  });
}
