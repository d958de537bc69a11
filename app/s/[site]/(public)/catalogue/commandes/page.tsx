import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireCatalogueContact } from "@/lib/catalogue/get-catalogue-viewer";
import { listCompanyIntraRequests } from "@/lib/intra-requests/list-intra-requests";
import { listCompanyOrders } from "@/lib/orders/list-company-orders";
import { formatDateSpan, formatMoney } from "@/lib/format/format";
import { flagFilter, pageQuery, textFilter } from "@/lib/http/request-params";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { intraRequestStatusTone, orderStatusTone } from "@/components/ui/status-tones";

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("title") };
}

export default async function CompanyOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireCatalogueContact();
  const [t, ti, format, locale, params, orders, requests] = await Promise.all([
    getTranslations("orders"),
    getTranslations("intra"),
    getFormatter(),
    getLocale(),
    pageQuery(searchParams, z.object({ created: textFilter(30), intra: flagFilter })),
    listCompanyOrders({ context }),
    listCompanyIntraRequests({ context }),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {params.created && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          {t("created", { number: params.created })}
        </p>
      )}
      {params.intra && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          {ti("form.sent")}
        </p>
      )}
      <section aria-labelledby="orders-title" className="space-y-3">
        <h2 id="orders-title" className="text-lg font-semibold">
          {t("ordersTitle", { company: context.company.name })}
        </h2>
        {orders.length === 0 && <EmptyState>{t("empty")}</EmptyState>}
        {orders.map((order) => (
          <Card as="article" className="space-y-2" key={order.id} data-testid="order">
            <header className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">{t("number", { number: order.number })}</h3>
              <Badge tone={orderStatusTone[order.status]} data-testid="order-status">
                {t(`status.${order.status}`)}
              </Badge>
            </header>
            <p className="text-sm text-slate-600">
              {t("placedOn", { date: format.dateTime(order.createdAt, { dateStyle: "short" }) })} ·{" "}
              {t("totalExclTax", { price: formatMoney(order.totalExclTaxCents, locale) })}
            </p>
            <ul className="space-y-2">
              {order.lines.map((line) => (
                <li key={line.id} className="text-sm">
                  <p className="font-medium">
                    {line.title} — {formatDateSpan(line.startDate, line.endDate, locale)} · {line.quantity} ×{" "}
                    {formatMoney(line.unitPriceCents, locale)}
                  </p>
                </li>
              ))}
            </ul>
            <ul className="flex flex-wrap gap-2" aria-label={t("enrolments")}>
              {order.enrolments.map((enrolment) => (
                <li key={enrolment.id} className="rounded bg-slate-100 px-2 py-0.5 text-sm" data-testid="order-enrolment">
                  {enrolment.name} · {t(`enrolmentStatus.${enrolment.status}`)}
                </li>
              ))}
            </ul>
            {order.staffMessage && (
              <p className="rounded bg-slate-50 p-2 text-sm">
                <span className="font-semibold">{t("staffMessage")}</span> {order.staffMessage}
              </p>
            )}
          </Card>
        ))}
      </section>
      <section aria-labelledby="intra-title" className="space-y-3">
        <h2 id="intra-title" className="text-lg font-semibold">
          {ti("listTitle")}
        </h2>
        {requests.length === 0 && <EmptyState>{ti("empty")}</EmptyState>}
        {requests.map((request) => (
          <Card as="article" className="space-y-1" key={request.id} data-testid="intra-request">
            <header className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">{request.moduleTitle}</h3>
              <Badge tone={intraRequestStatusTone[request.status]}>{ti(`status.${request.status}`)}</Badge>
            </header>
            <p className="text-sm text-slate-700">
              {ti("summary", {
                count: request.participantCount,
                period: request.desiredPeriod ?? "—",
                place: request.desiredLocation ?? "—",
              })}
            </p>
            {request.staffMessage && (
              <p className="rounded bg-slate-50 p-2 text-sm">
                <span className="font-semibold">{ti("staffMessage")}</span> {request.staffMessage}
              </p>
            )}
          </Card>
        ))}
      </section>
    </div>
  );
}
