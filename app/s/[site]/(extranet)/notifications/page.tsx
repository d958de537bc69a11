import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { pageFilter, pageQuery } from "@/lib/http/request-params";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/notification-actions";
import { listNotifications } from "@/lib/notifications/list-notifications";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

const smallButton =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-60";

/** The contact's notification centre: newest first, unread ones marked, each one or all marked read. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<unknown> }) {
  const [context, t, format, { page }] = await Promise.all([
    requireContact(),
    getTranslations("notifications"),
    getFormatter(),
    pageQuery(searchParams, z.object({ page: pageFilter })),
  ]);
  const { rows, pageCount } = await listNotifications({ organizationId: context.organizationId, contactId: context.contactId, page });
  const anyUnread = rows.some((row) => !row.read);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          anyUnread && (
            <ActionForm
              action={markAllNotificationsReadAction}
              testId="mark-all-read"
              submitLabel={t("markAllRead")}
              submitClassName={smallButton}
              fields={[]}
            />
          )
        }
      />
      {rows.length === 0 ? (
        <EmptyState testId="notifications-empty">
          {t("empty")} {t("emptyHint")}
        </EmptyState>
      ) : (
        <Card as="section" padding="none" aria-label={t("title")}>
          <ul className="divide-y divide-slate-200">
            {rows.map((row) => (
              <li
                key={row.id}
                className={`flex flex-wrap items-start justify-between gap-3 px-4 py-3 ${row.read ? "" : "bg-blue-50/60"}`}
                data-testid="notification"
                data-read={String(row.read)}
              >
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="break-words">
                    {!row.read && (
                      <span className="mr-2">
                        <Badge tone="info">{t("unread")}</Badge>
                      </span>
                    )}
                    <Link href={row.data.href} className="font-medium text-slate-900 underline-offset-4 hover:underline">
                      {t(`kinds.${row.kind}`, { subject: row.data.subject, detail: row.data.detail ?? "", status: row.data.status ?? "" })}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-600">{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                </div>
                {!row.read && (
                  <ActionForm
                    action={markNotificationReadAction}
                    testId={`mark-read-${row.id}`}
                    className="shrink-0"
                    submitLabel={t("markRead")}
                    submitClassName={smallButton}
                    fields={[{ type: "hidden", name: "notificationId", value: row.id }]}
                  />
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Pagination path="/notifications" page={page} pageCount={pageCount} />
    </div>
  );
}
