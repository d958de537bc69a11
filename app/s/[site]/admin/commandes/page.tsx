import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/ui/button-form";
import { Button } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/require-staff";
import { updateIntraRequestAction } from "@/lib/intra-requests/intra-request-actions";
import { INTRA_STATUSES, listStaffIntraRequests } from "@/lib/intra-requests/list-intra-requests";
import { decideOrderAction } from "@/lib/orders/order-actions";
import { ORDERS_PAGE_SIZE, ORDER_STATUSES, countStaffOrders, listStaffOrders } from "@/lib/orders/list-staff-orders";
import { z } from "zod";
import { enumFilter, pageFilter, pageQuery } from "@/lib/http/request-params";
import { ActiveFilter } from "@/components/admin/active-filter";
import { Pagination } from "@/components/ui/pagination";
import { formatDateSpan, formatMoney } from "@/lib/format/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { intraRequestStatusTone, orderStatusTone } from "@/components/ui/status-tones";

export async function generateMetadata() {
  const t = await getTranslations("orders.admin");
  return { title: t("title") };
}

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { page, statut: status } = await pageQuery(searchParams, z.object({ page: pageFilter, statut: enumFilter(ORDER_STATUSES) }));
  const [t, to, ti, tq, format, locale, orders, orderCount, requests] = await Promise.all([
    getTranslations("orders.admin"),
    getTranslations("orders"),
    getTranslations("intra"),
    getTranslations("quotes.admin"),
    getFormatter(),
    getLocale(),
    listStaffOrders({ staff, page, status }),
    countStaffOrders({ staff, status }),
    listStaffIntraRequests({ staff }),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="orders-title" className="space-y-3">
        <h2 id="orders-title" className="text-lg font-semibold">
          {t("orders")}
        </h2>
        {status && <ActiveFilter label={to(`status.${status}`)} clearHref="/admin/commandes" />}
        {orders.length === 0 && <EmptyState>{t("noOrder")}</EmptyState>}
        {orders.map((order) => (
          <Card as="article" className="space-y-2" key={order.id} data-testid="admin-order" aria-labelledby={`order-${order.id}`}>
            <header className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`order-${order.id}`} className="font-semibold">
                {order.number} —{" "}
                {order.companyName ?? (order.requesterCompany ? `${order.requesterCompany} (${t("visitor")})` : t("individual"))}
              </h3>
              <Badge tone={orderStatusTone[order.status]} data-testid="admin-order-status">
                {to(`status.${order.status}`)}
              </Badge>
            </header>
            <p className="text-sm text-slate-700">
              {[order.requester, order.requesterEmail, order.requesterPhone].filter(Boolean).join(" · ")} ·{" "}
              {format.dateTime(order.createdAt, { dateStyle: "short", timeStyle: "short" })}
            </p>
            <ul className="text-sm">
              {order.lines.map((line) => (
                <li key={line.id}>
                  {line.title} ({line.number}) — {formatDateSpan(line.startDate, line.endDate, locale)} · {line.quantity} ×{" "}
                  {formatMoney(line.unitPriceCents, locale)}
                </li>
              ))}
            </ul>
            {order.enrolments.length > 0 && (
              <p className="text-sm">
                {order.enrolments.map((enrolment) => `${enrolment.name} (${to(`enrolmentStatus.${enrolment.status}`)})`).join(", ")}
              </p>
            )}
            <p className="text-sm font-semibold">{to("totalExclTax", { price: formatMoney(order.totalExclTaxCents, locale) })}</p>
            {order.message && <p className="rounded bg-slate-50 p-2 text-sm">« {order.message} »</p>}
            {order.staffMessage && (
              <p className="text-sm">
                <span className="font-semibold">{t("yourMessage")}</span> {order.staffMessage}
              </p>
            )}
            {order.status === "PENDING" && (
              <ButtonForm
                errors="catalogue.errors"
                action={decideOrderAction}
                className="space-y-2"
                label={t("decide", { number: order.number })}
              >
                <input type="hidden" name="orderId" value={order.id} />
                <label htmlFor={`message-${order.id}`} className="block text-sm font-medium">
                  {t("message")}
                </label>
                <textarea
                  id={`message-${order.id}`}
                  name="message"
                  rows={2}
                  className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
                />
                <div className="flex gap-2">
                  <Button type="submit" name="decision" value="confirm">
                    {t("confirm")}
                  </Button>
                  <Button type="submit" name="decision" value="decline" variant="secondary">
                    {t("decline")}
                  </Button>
                </div>
              </ButtonForm>
            )}
          </Card>
        ))}
        <Pagination path="/admin/commandes" page={page} pageCount={Math.ceil(orderCount / ORDERS_PAGE_SIZE)} params={{ statut: status }} />
      </section>
      <section aria-labelledby="intra-title" className="space-y-3">
        <h2 id="intra-title" className="text-lg font-semibold">
          {t("intraRequests")}
        </h2>
        {requests.length === 0 && <EmptyState>{t("noIntra")}</EmptyState>}
        {requests.map((request) => (
          <Card as="article" className="space-y-2" key={request.id} data-testid="admin-intra">
            <header className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                {request.moduleTitle} — {request.companyName ?? request.requesterCompany ?? request.requester}
              </h3>
              <Badge tone={intraRequestStatusTone[request.status]}>{ti(`status.${request.status}`)}</Badge>
            </header>
            <p className="text-sm text-slate-700">{[request.requester, request.requesterEmail].filter(Boolean).join(" · ")}</p>
            <p className="text-sm">
              {ti("summary", {
                count: request.participantCount,
                period: request.desiredPeriod ?? "—",
                place: request.desiredLocation ?? "—",
              })}
            </p>
            {request.remarks && <p className="rounded bg-slate-50 p-2 text-sm">« {request.remarks} »</p>}
            {request.companyName && (
              <Link href={`/admin/devis/nouveau?demande=${request.id}`} className="text-sm font-semibold underline">
                {tq("fromRequestLink")}
              </Link>
            )}
            <ButtonForm
              errors="catalogue.errors"
              action={updateIntraRequestAction}
              className="grid gap-2 sm:grid-cols-3 sm:items-end"
              label={t("updateIntra")}
              successText={t("saved")}
            >
              <input type="hidden" name="requestId" value={request.id} />
              <div className="space-y-1">
                <label htmlFor={`status-${request.id}`} className="block text-sm font-medium">
                  {t("status")}
                </label>
                <select
                  id={`status-${request.id}`}
                  name="status"
                  defaultValue={request.status}
                  className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
                >
                  {INTRA_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {ti(`status.${status}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="space-y-1">
                <label htmlFor={`intra-message-${request.id}`} className="block text-sm font-medium">
                  {t("message")}
                </label>
                <textarea
                  id={`intra-message-${request.id}`}
                  name="message"
                  rows={1}
                  defaultValue={request.staffMessage ?? ""}
                  className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
                />
              </div>
              <Button type="submit" variant="secondary">
                {t("save")}
              </Button>
            </ButtonForm>
          </Card>
        ))}
      </section>
    </div>
  );
}
