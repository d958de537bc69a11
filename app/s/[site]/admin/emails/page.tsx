import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { emailStatusTone } from "@/components/ui/status-tones";
import { requireStaff } from "@/lib/auth/require-staff";
import { retryEmailAction } from "@/lib/emails/email-actions";
import { EMAIL_SORTS, EMAIL_STATUSES, listEmails } from "@/lib/emails/list-emails";
import { directionFilter, enumFilter, pageFilter, pageQuery, sortFilter } from "@/lib/http/request-params";
import { ActiveFilter } from "@/components/admin/active-filter";

const querySchema = z.object({
  page: pageFilter,
  statut: enumFilter(EMAIL_STATUSES),
  tri: sortFilter(EMAIL_SORTS, "date"),
  ordre: directionFilter,
});

export async function generateMetadata() {
  return { title: (await getTranslations("emails"))("title") };
}

export default async function EmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { page, statut: status, tri, ordre } = await pageQuery(searchParams, querySchema);
  const direction = ordre ?? (tri === "date" ? "desc" : "asc");
  const [emails, t, format] = await Promise.all([
    listEmails({ staff, page, status, sort: tri, direction }),
    getTranslations("emails"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("intro")} />
      {status && <ActiveFilter label={t(`statuses.${status}`)} clearHref="/admin/emails" />}
      <DataTable
        caption={t("caption", { count: emails.total })}
        rows={emails.items}
        rowKey={(email) => email.id}
        rowTestId="email-row"
        empty={t("empty")}
        sort={{ key: tri, direction, path: "/admin/emails", params: { statut: status } }}
        columns={[
          {
            key: "date",
            header: t("date"),
            sortKey: "date",
            className: "whitespace-nowrap",
            cell: (email) => format.dateTime(email.createdAt, { dateStyle: "short", timeStyle: "short" }),
          },
          { key: "to", header: t("to"), sortKey: "to", className: "break-all", cell: (email) => email.to },
          {
            key: "subject",
            header: t("subject"),
            cell: (email) => (
              <span>
                <Link href={`/admin/emails/${email.id}`} className="font-medium hover:underline">
                  {email.subject}
                </Link>
                <span className="block text-xs text-slate-600">
                  {t.has(`templates.${email.template}`) ? t(`templates.${email.template}`) : email.template}
                </span>
              </span>
            ),
          },
          {
            key: "status",
            header: t("status"),
            sortKey: "status",
            cell: (email) => (
              <span className="flex flex-col items-start gap-1">
                <Badge tone={emailStatusTone[email.status]}>{t(`statuses.${email.status}`)}</Badge>
                {email.status === "FAILED" && (
                  <ActionForm
                    action={retryEmailAction}
                    fields={[{ type: "hidden", name: "emailId", value: email.id }]}
                    className="space-y-1"
                    submitLabel={t("retry")}
                    submitClassName="rounded-md border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-100"
                  />
                )}
              </span>
            ),
          },
        ]}
      />
      <Pagination path="/admin/emails" page={emails.page} pageCount={emails.pageCount} params={{ statut: status, tri, ordre }} />
    </div>
  );
}
