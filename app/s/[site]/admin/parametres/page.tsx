import { getTranslations } from "next-intl/server";
import { ActionForm, type FieldSpec } from "@/components/ui/action-form";
import { DomainList } from "@/components/admin/domain-list";
import { requireStaff } from "@/lib/auth/require-staff";
import { getSettings } from "@/lib/settings/get-settings";
import { saveCentreAction, updateBrandingAction, updateOptionsAction, uploadLogoAction } from "@/lib/settings/settings-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

function LogoPreview({ url, alt }: { url: string | null; alt: string }) {
  // eslint-disable-next-line @next/next/no-img-element
  return url ? <img src={url} alt={alt} width={48} height={48} className="rounded border border-slate-200 bg-white" /> : null;
}

export default async function SettingsPage() {
  const staff = await requireStaff();
  // Administrators only: a manager gets "not found".
  const [settings, t] = await Promise.all([getSettings({ staff }), getTranslations("settings")]);
  const card = "space-y-4 rounded-xl bg-white p-6 shadow-sm";
  const logoField: FieldSpec = {
    type: "file",
    name: "logo",
    label: t("logoFile"),
    accept: "image/png,image/svg+xml",
    imagePreview: true,
    hint: t("logoFileHint"),
  };
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>

      <section aria-labelledby="options-title" className={card}>
        <h2 id="options-title" className="text-lg font-semibold">
          {t("options")}
        </h2>
        <ActionForm
          action={updateOptionsAction}
          testId="options-form"
          submitLabel={t("save")}
          fields={[
            {
              type: "checkbox",
              name: "extranetEnabled",
              label: t("extranetEnabled"),
              defaultChecked: settings.extranetEnabled,
              hint: t("extranetEnabledHint"),
            },
            {
              type: "checkbox",
              name: "inviteCheckedByDefault",
              label: t("inviteCheckedByDefault"),
              defaultChecked: settings.inviteCheckedByDefault,
            },
            {
              type: "checkbox",
              name: "multiExtranet",
              label: t("multiExtranet"),
              defaultChecked: settings.multiExtranet,
              hint: t("multiExtranetHint"),
            },
            {
              type: "checkbox",
              name: "requireContactTotp",
              label: t("requireContactTotp"),
              defaultChecked: settings.requireContactTotp,
              hint: t("requireContactTotpHint"),
            },
            {
              type: "checkbox",
              name: "publishSatisfaction",
              label: t("publishSatisfaction"),
              defaultChecked: settings.publishSatisfaction,
              hint: t("publishSatisfactionHint"),
            },
          ]}
        />
      </section>

      <section aria-labelledby="branding-title" className={card}>
        <div className="flex items-center gap-3">
          <LogoPreview url={settings.logoUrl} alt={t("currentLogo")} />
          <h2 id="branding-title" className="text-lg font-semibold">
            {t("organization")}
          </h2>
        </div>
        <ActionForm
          action={updateBrandingAction}
          testId="branding-form"
          submitLabel={t("save")}
          fields={[
            { type: "text", name: "legalName", label: t("legalName"), defaultValue: settings.legalName, required: true },
            {
              type: "color",
              name: "primaryColor",
              label: t("primaryColor"),
              defaultValue: settings.primaryColor,
              hint: t("colorHint"),
              preview: { name: settings.legalName, logoUrl: settings.logoUrl },
            },
            { type: "url", name: "logoUrl", label: t("logoUrl"), defaultValue: settings.logoUrl, hint: t("logoUrlHint") },
          ]}
        />
        <ActionForm action={uploadLogoAction} testId="logo-form" submitLabel={t("upload")} fields={[logoField]} />
        <h3 className="font-semibold">{t("domains")}</h3>
        <DomainList domains={settings.domains} centreId={null} testId="organization-domains" />
      </section>

      <section aria-labelledby="centres-title" className="space-y-4">
        <h2 id="centres-title" className="text-lg font-semibold">
          {t("centres")}
        </h2>
        {settings.centres.length === 0 && <p className="text-slate-700">{t("noCentres")}</p>}
        {settings.centres.map((centre) => (
          <article key={centre.id} className={card} aria-labelledby={`centre-${centre.id}`} data-testid={`centre-${centre.slug}`}>
            <div className="flex items-center gap-3">
              <LogoPreview url={centre.logoUrl} alt={t("currentLogo")} />
              <h3 id={`centre-${centre.id}`} className="font-semibold">
                {centre.legalName}
              </h3>
            </div>
            <ActionForm
              action={saveCentreAction}
              testId={`centre-form-${centre.slug}`}
              submitLabel={t("save")}
              fields={[
                { type: "hidden", name: "id", value: centre.id },
                { type: "text", name: "legalName", label: t("legalName"), defaultValue: centre.legalName, required: true },
                {
                  type: "color",
                  name: "primaryColor",
                  label: t("primaryColor"),
                  defaultValue: centre.primaryColor,
                  hint: t("centreColorHint"),
                  preview: { name: centre.legalName, logoUrl: centre.logoUrl ?? settings.logoUrl },
                },
                { type: "url", name: "logoUrl", label: t("logoUrl"), defaultValue: centre.logoUrl, hint: t("logoUrlHint") },
              ]}
            />
            <ActionForm
              action={uploadLogoAction}
              submitLabel={t("upload")}
              fields={[{ type: "hidden", name: "centreId", value: centre.id }, logoField]}
              testId={`centre-logo-${centre.slug}`}
            />
            <h4 className="font-semibold">{t("domains")}</h4>
            <DomainList domains={centre.domains} centreId={centre.id} testId={`centre-domains-${centre.slug}`} />
          </article>
        ))}
        <div className={card}>
          <h3 className="font-semibold">{t("newCentre")}</h3>
          <ActionForm
            action={saveCentreAction}
            testId="new-centre-form"
            submitLabel={t("createCentre")}
            fields={[
              { type: "text", name: "legalName", label: t("legalName"), required: true },
              { type: "text", name: "slug", label: t("slug"), hint: t("slugHint"), required: true },
              { type: "color", name: "primaryColor", label: t("primaryColor"), hint: t("centreColorHint") },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
