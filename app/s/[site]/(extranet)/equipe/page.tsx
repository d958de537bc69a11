import { getTranslations } from "next-intl/server";
import { AccessStatusBadge } from "@/components/admin/access-status-badge";
import { ActionForm } from "@/components/ui/action-form";
import { ManagerParticipants } from "@/components/team/manager-participants";
import { RoleForm, roleOptions } from "@/components/team/role-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireContact } from "@/lib/auth/require-contact";
import { listTeam } from "@/lib/team/list-team";
import {
  assignColleagueParticipantAction,
  changeColleagueRoleAction,
  inviteColleagueAction,
  requestColleagueAction,
  revokeColleagueAction,
  unassignColleagueParticipantAction,
} from "@/lib/team/team-actions";

// The company's administrator manages its accesses (the "team" section opens for ADMIN only).
export default async function TeamPage() {
  const context = await requireContact();
  const [team, t, tRoles] = await Promise.all([listTeam({ context }), getTranslations("team"), getTranslations("roles")]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={<p>{t("description", { company: context.company.name })}</p>} />

      <section aria-labelledby="accesses-title" className="space-y-3">
        <h2 id="accesses-title" className="text-lg font-semibold">
          {t("accessesTitle")}
        </h2>
        {team.accesses.length === 0 ? (
          <EmptyState>{t("noAccesses")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {team.accesses.map((access) => (
              <li key={access.id}>
                <Card as="article" padding="sm" className="space-y-3" data-testid={`access-${access.contactId}`}>
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <h3 className="font-semibold">
                      {access.name} {access.contactId === context.contactId && <span className="font-normal">{t("you")}</span>}
                    </h3>
                    <Badge tone="neutral" data-testid="access-role">
                      {tRoles(`names.${access.role}`)}
                    </Badge>
                    <AccessStatusBadge status={access.status} />
                  </div>
                  {access.email && <p className="text-sm break-all text-slate-700">{access.email}</p>}
                  {access.status !== "REVOKED" && (
                    <div className="flex flex-wrap items-end gap-3">
                      <RoleForm action={changeColleagueRoleAction} accessId={access.id} name={access.name} role={access.role} />
                      <ActionForm
                        action={revokeColleagueAction}
                        testId={`revoke-${access.id}`}
                        className="space-y-1"
                        fields={[{ type: "hidden", name: "accessId", value: access.id }]}
                        confirm={{
                          title: t("revokeConfirm", { name: access.name }),
                          description: t("revokeConfirmBody"),
                          confirmLabel: t("revoke"),
                        }}
                        submitLabel={t("revoke")}
                        submitAriaLabel={t("revokeFor", { name: access.name })}
                        submitClassName="inline-flex items-center rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white hover:bg-red-800"
                      />
                    </div>
                  )}
                  {access.role === "MANAGER" && access.status !== "REVOKED" && (
                    <ManagerParticipants
                      accessId={access.id}
                      assigned={access.participants}
                      options={team.participants}
                      assign={assignColleagueParticipantAction}
                      unassign={unassignColleagueParticipantAction}
                    />
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card as="section" padding="lg" className="space-y-3" aria-labelledby="invite-title">
          <h2 id="invite-title" className="text-lg font-semibold">
            {t("inviteTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("inviteHint")}</p>
          {team.invitable.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noInvitable")}</p>
          ) : (
            <ActionForm
              action={inviteColleagueAction}
              testId="invite-colleague"
              submitLabel={t("invite")}
              fields={[
                {
                  type: "select",
                  name: "contactId",
                  label: t("contact"),
                  options: [
                    { value: "", label: t("chooseContact") },
                    ...team.invitable.map((contact) => ({ value: contact.id, label: contact.name })),
                  ],
                },
                { type: "select", name: "role", label: tRoles("label"), defaultValue: "TRAINING", options: roleOptions(tRoles) },
              ]}
            />
          )}
        </Card>
        <Card as="section" padding="lg" className="space-y-3" aria-labelledby="request-title">
          <h2 id="request-title" className="text-lg font-semibold">
            {t("requestTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("requestHint")}</p>
          <ActionForm
            action={requestColleagueAction}
            testId="request-colleague"
            submitLabel={t("request")}
            fields={[
              { type: "text", name: "firstName", label: t("firstName"), required: true, autoComplete: "off" },
              { type: "text", name: "lastName", label: t("lastName"), required: true, autoComplete: "off" },
              { type: "email", name: "email", label: t("emailField"), required: true, autoComplete: "off" },
              { type: "text", name: "jobTitle", label: t("jobTitle"), autoComplete: "off" },
              { type: "select", name: "role", label: tRoles("label"), defaultValue: "TRAINING", options: roleOptions(tRoles) },
            ]}
          />
        </Card>
      </div>

      <Card as="section" padding="lg" className="space-y-2" aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-lg font-semibold">
          {tRoles("label")}
        </h2>
        <dl className="grid gap-2 sm:grid-cols-2">
          {roleOptions(tRoles).map((role) => (
            <div key={role.value}>
              <dt className="font-medium">{role.label}</dt>
              <dd className="text-sm text-slate-700">{tRoles(`hints.${role.value}`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
