import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/require-staff";
import { retryEmailAction } from "@/lib/emails/email-actions";
import { listEmails } from "@/lib/emails/list-emails";
import { pageFilter, pageQuery } from "@/lib/http/request-params";

const STATUS_STYLES = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;

export async function generateMetadata() {
  return { title: (await getTranslations("emails"))("title") };
}

export default async function EmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { page } = await pageQuery(searchParams, z.object({ page: pageFilter }));
  const [emails, t, format] = await Promise.all([listEmails({ staff, page }), getTranslations("emails"), getFormatter()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {emails.items.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-slate-700 shadow-sm">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { count: emails.total })}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("date")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("to")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("subject")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {emails.items.map((email) => (
                <tr key={email.id} className="border-b border-slate-100 align-top" data-testid="email-row">
                  <td className="px-4 py-2 whitespace-nowrap">
                    {format.dateTime(email.createdAt, { dateStyle: "short", timeStyle: "short" })}
                  </td>
                  <td className="px-4 py-2">{email.to}</td>
                  <td className="px-4 py-2">
                    <Link href={`/admin/emails/${email.id}`} className="font-medium hover:underline">
                      {email.subject}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {t.has(`templates.${email.template}`) ? t(`templates.${email.template}`) : email.template}
                    </span>
                  </td>
                  <td className="space-y-1 px-4 py-2">
                    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLES[email.status]}`}>
                      {t(`statuses.${email.status}`)}
                    </span>
                    {email.status === "FAILED" && (
                      <ActionForm
                        action={retryEmailAction}
                        fields={[{ type: "hidden", name: "emailId", value: email.id }]}
                        className="space-y-1"
                        submitLabel={t("retry")}
                        submitClassName="rounded-md border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-100"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/admin/emails" page={emails.page} pageCount={emails.pageCount} params={{}} />
    </div>
  );
}
