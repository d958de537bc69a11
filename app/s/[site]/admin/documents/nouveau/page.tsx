import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/field";
import { requireStaff } from "@/lib/auth/require-staff";
import { GENERATED_KINDS } from "@/lib/documents/document-kinds";
import { generateDocument } from "@/lib/documents/generate-document-action";
import { getGenerationChoices } from "@/lib/documents/get-generation-choices";
import { uploadDocument } from "@/lib/documents/upload-document-action";
import { idFilter, pageQuery } from "@/lib/http/request-params";

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { action: actionId } = await pageQuery(searchParams, z.object({ action: idFilter }));
  const [choices, t] = await Promise.all([getGenerationChoices({ staff, actionId }), getTranslations("documents")]);
  const actionOptions = choices.actions.map((candidate) => ({ value: candidate.id, label: `${candidate.number} — ${candidate.title}` }));

  return (
    <div className="space-y-6">
      <Link href="/admin/documents" className="text-sm text-slate-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("admin.new")}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="generate-title" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="generate-title" className="text-lg font-semibold">
            {t("admin.generateTitle")}
          </h2>
          <form method="get" className="flex items-end gap-2">
            <div className="flex-1">
              <SelectField
                name="action"
                label={t("admin.chooseAction")}
                options={actionOptions}
                defaultValue={choices.chosen?.id ?? ""}
                placeholder={t("admin.choose")}
              />
            </div>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
              {t("admin.chooseActionSubmit")}
            </button>
          </form>
          {choices.chosen && (
            <ActionForm
              action={generateDocument}
              submitLabel={t("admin.generate")}
              pendingLabel={t("admin.generating")}
              errors="documents.errors"
              refresh
              testId="generate-form"
              fields={[
                { type: "hidden", name: "actionId", value: choices.chosen.id },
                {
                  type: "select",
                  name: "companyId",
                  label: t("admin.company"),
                  options: choices.chosen.companies.map((company) => ({ value: company.id, label: company.name })),
                  placeholder: t("admin.choose"),
                  required: true,
                },
                {
                  type: "select",
                  name: "kind",
                  label: t("admin.kind"),
                  options: GENERATED_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
                  placeholder: t("admin.choose"),
                  required: true,
                },
                {
                  type: "select",
                  name: "participantId",
                  label: t("admin.participant"),
                  options: choices.chosen.participants.map((participant) => ({
                    value: participant.id,
                    label: `${participant.name} (${participant.companyName})`,
                  })),
                  placeholder: t("admin.noParticipant"),
                },
              ]}
            />
          )}
        </section>
        <section aria-labelledby="upload-title" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="upload-title" className="text-lg font-semibold">
            {t("admin.uploadTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("admin.uploadHint")}</p>
          <ActionForm
            action={uploadDocument}
            submitLabel={t("admin.upload")}
            pendingLabel={t("admin.uploading")}
            errors="documents.errors"
            refresh
            testId="upload-form"
            fields={[
              {
                type: "select",
                name: "companyId",
                label: t("admin.company"),
                options: choices.companies.map((company) => ({ value: company.id, label: company.name })),
                placeholder: t("admin.choose"),
                required: true,
              },
              {
                type: "select",
                name: "actionId",
                label: t("admin.optionalAction"),
                options: actionOptions,
                placeholder: t("admin.noParticipant"),
              },
              { type: "text", name: "title", label: t("admin.documentTitle"), required: true, maxLength: 200 },
              { type: "file", name: "file", label: t("admin.file"), accept: "application/pdf,.pdf", required: true },
            ]}
          />
        </section>
      </div>
    </div>
  );
}
