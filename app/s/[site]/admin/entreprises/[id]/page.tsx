import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { AccessActions } from "@/components/admin/access-actions";
import { AccessStatusBadge } from "@/components/admin/access-status-badge";
import { CompanyForm } from "@/components/admin/company-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { getCompanyDetail } from "@/lib/crm/get-company-detail";
import { listCentreOptions } from "@/lib/crm/list-centre-options";
import { idParam, pageParams } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { listCompanyInvoicesForStaff, type StaffCompanyInvoice } from "@/lib/invoices/list-company-invoices-for-staff";
import { invoiceColumns } from "@/components/invoices/invoice-columns";

export default async function CompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const [company, centres, invoices, t, invoiceColumn] = await Promise.all([
    getCompanyDetail({ staff, companyId: id }),
    listCentreOptions({ staff }),
    listCompanyInvoicesForStaff({ staff, companyId: id }),
    getTranslations("companies"),
    invoiceColumns<StaffCompanyInvoice>(),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/admin/entreprises" className="text-sm underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{company.name}</h1>
          <p className="text-sm text-slate-700">
            {[
              company.centreName && t("centreOf", { centre: company.centreName }),
              company.parentName && t("subsidiaryOf", { parent: company.parentName }),
              company.isIndividual && t("individual"),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        {!company.isIndividual && (
          <form method="post" action={`/apercu/${company.id}`}>
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100"
            >
              {t("preview")}
            </button>
          </form>
        )}
      </div>
      {company.subsidiaries.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("subsidiaries")}{" "}
          {company.subsidiaries.map((subsidiary, index) => (
            <span key={subsidiary.id}>
              {index > 0 && ", "}
              <Link href={`/admin/entreprises/${subsidiary.id}`} className="underline">
                {subsidiary.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      <Card as="section" padding="lg" className="space-y-3" aria-labelledby="contacts-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="contacts-title" className="text-lg font-semibold">
            {t("contacts")}
          </h2>
          <Link href={`/admin/contacts/nouveau?entreprise=${company.id}`} className="text-sm font-semibold underline">
            {t("addContact")}
          </Link>
        </div>
        {company.isIndividual && <p className="text-sm text-slate-700">{t("individualNoExtranet")}</p>}
        {company.contacts.length === 0 ? (
          <p className="text-slate-700">{t("noContacts")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {company.contacts.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="company-contact">
                <div>
                  <Link href={`/admin/contacts/${contact.id}`} className="font-medium hover:underline">
                    {contact.name}
                  </Link>
                  <span className="block text-sm text-slate-600">{[contact.jobTitle, contact.email].filter(Boolean).join(" · ")}</span>
                </div>
                <div className="flex flex-wrap items-start gap-3">
                  <AccessStatusBadge status={contact.accessStatus} />
                  <AccessActions
                    contactId={contact.id}
                    name={contact.name}
                    status={contact.accessStatus}
                    hasEmail={Boolean(contact.email)}
                    isIndividual={company.isIndividual}
                    withLabels
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card as="section" padding="lg" className="space-y-3" aria-labelledby="invoices-title">
        <h2 id="invoices-title" className="text-lg font-semibold">
          {t("invoices")}
        </h2>
        {invoices.total > 0 && (
          <p className="text-sm text-slate-700">{t("invoicesLatest", { shown: invoices.rows.length, total: invoices.total })}</p>
        )}
        <DataTable
          caption={t("invoiceCaption")}
          rows={invoices.rows}
          rowKey={(invoice) => invoice.id}
          rowTestId="company-invoice"
          empty={t("noInvoices")}
          columns={[
            invoiceColumn.number,
            invoiceColumn.issueDate,
            invoiceColumn.total,
            invoiceColumn.status,
            {
              key: "files",
              header: t("invoiceFiles"),
              hideHeader: true,
              cell: (invoice) => (
                <span className="whitespace-nowrap">
                  <a
                    href={`/admin/factures/${invoice.id}/pdf`}
                    download
                    aria-label={`${t("invoicePdf")} ${invoice.number}`}
                    className="underline-offset-4 hover:underline"
                  >
                    {t("invoicePdf")}
                  </a>
                  <span aria-hidden="true"> · </span>
                  <a
                    href={`/admin/factures/${invoice.id}/xml`}
                    download
                    aria-label={`${t("invoiceXml")} ${invoice.number}`}
                    className="underline-offset-4 hover:underline"
                  >
                    {t("invoiceXml")}
                  </a>
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card as="section" padding="lg" className="max-w-xl space-y-3" aria-labelledby="edit-title">
        <h2 id="edit-title" className="text-lg font-semibold">
          {t("edit")}
        </h2>
        <CompanyForm company={company} centres={centres} />
      </Card>
    </div>
  );
}
