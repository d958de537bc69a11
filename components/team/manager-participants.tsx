import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/use-action-form";

/** A MANAGER access's participants: each with a remove button, and a select to add one of the company's. */
export async function ManagerParticipants({
  accessId,
  assigned,
  options,
  assign,
  unassign,
}: {
  accessId: string;
  assigned: { id: string; name: string }[];
  options: { id: string; name: string }[];
  assign: FormAction<unknown>;
  unassign: FormAction<unknown>;
}) {
  const t = await getTranslations("roles");
  const assignedIds = new Set(assigned.map((participant) => participant.id));
  const available = options.filter((participant) => !assignedIds.has(participant.id));
  return (
    <div className="space-y-2" data-testid={`manager-participants-${accessId}`}>
      <p className="text-sm font-medium text-slate-800">{t("managerParticipants")}</p>
      <p className="text-sm text-slate-600">{t("managerParticipantsHint")}</p>
      {assigned.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noManagerParticipants")}</p>
      ) : (
        <ul className="space-y-1">
          {assigned.map((participant) => (
            <li key={participant.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span>{participant.name}</span>
              <ActionForm
                action={unassign}
                className="inline"
                testId={`unassign-${participant.id}`}
                submitLabel={t("unassign")}
                submitAriaLabel={t("unassignFor", { name: participant.name })}
                submitClassName="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-100"
                fields={[
                  { type: "hidden", name: "accessId", value: accessId },
                  { type: "hidden", name: "participantId", value: participant.id },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <ActionForm
          action={assign}
          testId={`assign-${accessId}`}
          className="flex flex-wrap items-end gap-2"
          submitLabel={t("assign")}
          submitClassName="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
          fields={[
            { type: "hidden", name: "accessId", value: accessId },
            {
              type: "select",
              name: "participantId",
              label: t("participant"),
              options: [
                { value: "", label: t("chooseParticipant") },
                ...available.map((participant) => ({ value: participant.id, label: participant.name })),
              ],
            },
          ]}
        />
      )}
    </div>
  );
}
