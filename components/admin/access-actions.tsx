import { getTranslations } from "next-intl/server";
import type { AccessStatus } from "@/lib/generated/prisma/enums";
import { revokeAccessAction, sendInvitationAction } from "@/lib/invitations/invitation-actions";
import { ActionForm } from "@/components/ui/action-form";

/** Per contact: the envelope (send or re-send the invitation) and, for an active access, the red cut button behind a confirmation. */
export async function AccessActions({
  contactId,
  name,
  status,
  hasEmail,
  isIndividual,
  withLabels = false,
}: {
  contactId: string;
  name: string;
  status: AccessStatus | null;
  hasEmail: boolean;
  isIndividual: boolean;
  withLabels?: boolean;
}) {
  const t = await getTranslations("contacts");
  if (isIndividual) return <span className="text-sm text-slate-600">{t("individualNoExtranet")}</span>;
  const inviteLabel = status === "INVITED" ? t("reinvite", { name }) : t("invite", { name });
  return (
    <div className="flex flex-wrap items-start gap-2">
      {status !== "ACTIVE" && hasEmail && (
        <ActionForm
          action={sendInvitationAction}
          fields={[{ type: "hidden", name: "contactId", value: contactId }]}
          className="space-y-1"
          testId={`invite-${contactId}`}
          submitAriaLabel={inviteLabel}
          submitLabel={
            <>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
                <rect x="3" y="5" width="18" height="14" rx="2" />
                <path d="m3 7 9 6 9-6" />
              </svg>
              {withLabels && <span className="ml-2">{t("inviteButton")}</span>}
            </>
          }
          submitClassName="inline-flex items-center rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
        />
      )}
      {status !== "ACTIVE" && !hasEmail && <span className="text-sm text-slate-600">{t("noEmail")}</span>}
      {status === "ACTIVE" && (
        <ActionForm
          action={revokeAccessAction}
          fields={[{ type: "hidden", name: "contactId", value: contactId }]}
          className="space-y-1"
          testId={`revoke-${contactId}`}
          confirm={{ title: t("revokeConfirm", { name }), description: t("revokeConfirmBody"), confirmLabel: t("revokeButton") }}
          submitAriaLabel={t("revoke", { name })}
          submitLabel={t("revokeButton")}
          submitClassName="inline-flex items-center rounded-md bg-red-700 px-2 py-1 text-sm font-semibold text-white hover:bg-red-800"
        />
      )}
    </div>
  );
}
