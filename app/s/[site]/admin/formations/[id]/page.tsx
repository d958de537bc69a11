import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { FundingSection } from "@/components/fundings/funding-section";
import { ActionInvoicingSection } from "@/components/invoices/action-invoicing-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/require-staff";
import { getActionFunding } from "@/lib/fundings/get-action-funding";
import { idParam, pageParams } from "@/lib/http/request-params";
import { listActionInvoices } from "@/lib/invoices/list-action-invoices";

/** One training action of the organisation in /admin (another organisation's: not found), with its funding and invoicing. */
export default async function AdminTrainingActionPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const [funding, invoices, t, tTrainings, format] = await Promise.all([
    getActionFunding({ organizationId: staff.organizationId, actionId: id }),
    listActionInvoices({ staff, actionId: id }),
    getTranslations("modules"),
    getTranslations("trainings"),
    getFormatter(),
  ]);
  if (!funding) notFound();
  const { action } = funding;
  return (
    <div className="space-y-6">
      <nav aria-label={tTrainings("breadcrumb")}>
        <Link href="/admin/formations" className="text-sm underline-offset-4 hover:underline">
          ← {t("title")}
        </Link>
      </nav>
      <PageHeader
        title={action.title}
        description={
          <p>
            {action.number} · {tTrainings(`type.${action.type}`)} ·{" "}
            {format.dateTimeRange(action.startDate, action.endDate, { dateStyle: "long", timeZone: "UTC" })}
          </p>
        }
      />
      <FundingSection actionId={action.id} companies={funding.companies} />
      {funding.companies.length > 0 && (
        <ActionInvoicingSection action={action} companies={funding.companies} invoices={invoices} isAdmin={staff.user.role === "ADMIN"} />
      )}
    </div>
  );
}
