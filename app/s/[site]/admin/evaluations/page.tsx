import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { listActionChoices } from "@/lib/evaluations/list-action-choices";
import { createTemplateAction, saveRuleAction, sendNowAction } from "@/lib/evaluations/evaluation-actions";
import { listRules, listTemplates } from "@/lib/evaluations/list-templates";
import { EVALUATION_KINDS, SCHEDULED_KINDS } from "@/lib/evaluations/questions";
import { listModuleChoices } from "@/lib/modules/list-module-choices";

export async function generateMetadata() {
  return { title: (await getTranslations("evaluations"))("adminTitle") };
}

export default async function AdminEvaluationsPage() {
  const staff = await requireStaff();
  const scope = { organizationId: staff.organizationId };
  const [templates, rules, modules, actions, t] = await Promise.all([
    listTemplates(scope),
    listRules(scope),
    listModuleChoices({ staff }),
    listActionChoices({ staff }),
    getTranslations("evaluations"),
  ]);
  const scopeLabel = (rule: (typeof rules)[number]) =>
    rule.module ? t("scopeModule", { title: rule.module.title }) : rule.action ? t("scopeAction", rule.action) : t("scopeOrg");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("adminTitle")}</h1>
          <p className="text-slate-600">{t("intro")}</p>
        </div>
        <Link href="/admin/evaluations/resultats" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("results.title")}
        </Link>
      </div>

      <section aria-labelledby="templates-title" className="space-y-3">
        <h2 id="templates-title" className="text-lg font-semibold">
          {t("templates")}
        </h2>
        {templates.length === 0 ? (
          <p className="rounded-xl bg-white p-5 text-slate-600 shadow-sm">{t("noTemplates")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm" data-testid="template-list">
            {templates.map((template) => (
              <li key={template.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3">
                <div>
                  <Link href={`/admin/evaluations/${template.id}`} className="font-medium underline">
                    {template.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {t(`kind.${template.kind}`)} · {t("questionsCount", { count: template.questions.length })} ·{" "}
                    {t("version", { version: template.currentVersion })}
                  </p>
                </div>
                <Link href={`/admin/evaluations/${template.id}`} className="text-sm font-semibold underline">
                  {t("open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <div className="rounded-xl bg-white p-5 shadow-sm">
          <h3 className="mb-3 font-semibold">{t("newTemplate")}</h3>
          <ActionForm
            action={createTemplateAction}
            testId="new-template"
            submitLabel={t("create")}
            fields={[
              { type: "text", name: "title", label: t("fields.title"), required: true, maxLength: 200 },
              {
                type: "select",
                name: "kind",
                label: t("fields.kind"),
                options: EVALUATION_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
              },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="rules-title" className="space-y-3">
        <h2 id="rules-title" className="text-lg font-semibold">
          {t("rules")}
        </h2>
        <p className="text-sm text-slate-600">{t("rulesIntro")}</p>
        {rules.length === 0 ? (
          <p className="rounded-xl bg-white p-5 text-slate-600 shadow-sm">{t("noRules")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm" data-testid="rule-list">
            {rules.map((rule) => (
              <li key={rule.id} className="px-5 py-3 text-sm">
                <p className="font-medium">{scopeLabel(rule)}</p>
                <p className="text-slate-600">
                  {t("ruleLine", { kind: t(`kind.${rule.kind}`), template: rule.template.title, delay: rule.delayDays })}
                  {!rule.enabled && ` · ${t("ruleOff")}`}
                </p>
              </li>
            ))}
          </ul>
        )}
        {templates.length > 0 && (
          <div className="rounded-xl bg-white p-5 shadow-sm">
            <ActionForm
              action={saveRuleAction}
              testId="rule-form"
              submitLabel={t("saveRule")}
              fields={[
                {
                  type: "select",
                  name: "scope",
                  label: t("fields.scope"),
                  options: [
                    { value: "org", label: t("scopeOrg") },
                    ...modules.map((module) => ({ value: `module:${module.id}`, label: t("scopeModule", { title: module.title }) })),
                    ...actions.map((action) => ({ value: `action:${action.id}`, label: t("scopeAction", action) })),
                  ],
                },
                {
                  type: "select",
                  name: "kind",
                  label: t("fields.kind"),
                  options: SCHEDULED_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
                },
                {
                  type: "select",
                  name: "templateId",
                  label: t("fields.template"),
                  options: templates
                    .filter((template) => (SCHEDULED_KINDS as readonly string[]).includes(template.kind))
                    .map((template) => ({ value: template.id, label: `${template.title} (${t(`kind.${template.kind}`)})` })),
                },
                { type: "text", name: "delayDays", label: t("fields.delayDays"), defaultValue: "0", maxLength: 3 },
                { type: "checkbox", name: "enabled", label: t("fields.enabled"), defaultChecked: true },
              ]}
            />
          </div>
        )}
        {rules.length > 0 && (
          <div className="rounded-xl bg-white p-5 shadow-sm">
            <h3 className="mb-1 font-semibold">{t("sendNow")}</h3>
            <p className="mb-3 text-sm text-slate-600">{t("sendNowHint")}</p>
            <ActionForm
              action={sendNowAction}
              testId="send-now"
              submitLabel={t("send")}
              fields={[
                {
                  type: "select",
                  name: "actionId",
                  label: t("fields.action"),
                  options: actions.map((action) => ({ value: action.id, label: `${action.number} — ${action.title}` })),
                },
              ]}
            />
          </div>
        )}
      </section>
    </div>
  );
}
