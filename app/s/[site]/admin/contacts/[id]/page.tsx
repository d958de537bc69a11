import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { AccessActions } from "@/components/admin/access-actions";
import { AccessStatusBadge } from "@/components/admin/access-status-badge";
import { ActionForm } from "@/components/ui/action-form";
import { ContactForm } from "@/components/admin/contact-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { deleteContactAction } from "@/lib/crm/crm-actions";
import { getContactDetail } from "@/lib/crm/get-contact-detail";
import { flagFilter, idParam, pageParams, pageQuery, textFilter } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";
import { ManagerParticipants } from "@/components/team/manager-participants";
import { RoleForm } from "@/components/team/role-form";
import { getStaffAccessRole } from "@/lib/team/get-staff-access-role";
import { assignParticipantAction, changeAccessRoleAction, unassignParticipantAction } from "@/lib/team/staff-team-actions";

export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const [{ id }, query] = await Promise.all([
    pageParams(params, z.object({ id: idParam })),
    pageQuery(searchParams, z.object({ invited: flagFilter, created: flagFilter, refused: textFilter(40) })),
  ]);
  const [contact, access, t, tErrors] = await Promise.all([
    getContactDetail({ staff, contactId: id }),
    getStaffAccessRole({ staff, contactId: id }),
    getTranslations("contacts"),
    getTranslations("formErrors"),
  ]);
  const name = `${contact.firstName} ${contact.lastName}`;
  const refusal = query.refused && /^[a-z_]+$/.test(query.refused) && tErrors.has(query.refused) ? tErrors(query.refused) : null;
  return (
    <div className="max-w-xl space-y-4">
      <Link href="/admin/contacts" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{name}</h1>
      {query.invited && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("createdInvited")}
        </p>
      )}
      {query.created && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("created")}
        </p>
      )}
      {refusal && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("createdNotInvited", { reason: refusal })}
        </p>
      )}
      <Card as="section" padding="lg" className="space-y-2" aria-labelledby="access-title">
        <h2 id="access-title" className="text-lg font-semibold">
          {t("extranetAccess")}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          <AccessStatusBadge status={contact.accessStatus} />
          {contact.loginEmail && <span className="text-sm text-slate-700">{t("loginEmail", { email: contact.loginEmail })}</span>}
        </div>
        <AccessActions
          contactId={contact.id}
          name={name}
          status={contact.accessStatus}
          hasEmail={Boolean(contact.email)}
          isIndividual={contact.company.isIndividual}
          withLabels
        />
        {access && access.status !== "REVOKED" && (
          <div className="space-y-3 border-t border-slate-100 pt-3">
            <RoleForm action={changeAccessRoleAction} accessId={access.id} name={name} role={access.role} />
            {access.role === "MANAGER" && (
              <ManagerParticipants
                accessId={access.id}
                assigned={access.participants}
                options={access.options}
                assign={assignParticipantAction}
                unassign={unassignParticipantAction}
              />
            )}
          </div>
        )}
      </Card>
      <Card as="section" padding="lg" aria-label={t("edit")}>
        <ContactForm contact={contact} company={contact.companyChoice} inviteChecked={false} />
      </Card>
      <section className="rounded-xl border border-red-200 bg-white p-6 shadow-sm" aria-labelledby="delete-title">
        <h2 id="delete-title" className="text-lg font-semibold">
          {t("deleteTitle")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("deleteHint")}</p>
        <ActionForm
          action={deleteContactAction}
          fields={[{ type: "hidden", name: "contactId", value: contact.id }]}
          confirm={{ title: t("deleteConfirm", { name }), description: t("deleteConfirmBody"), confirmLabel: t("delete") }}
          submitLabel={t("delete")}
          submitClassName="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800"
        />
      </section>
    </div>
  );
}
