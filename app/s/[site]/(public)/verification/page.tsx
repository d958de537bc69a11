import { getTranslations } from "next-intl/server";
import { VerificationForm } from "@/components/documents/verification-form";
import { SiteLogo } from "@/components/shell/site-logo";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export async function generateMetadata() {
  return { title: (await getTranslations("verification"))("title") };
}

/** Public: anyone holding a signed PDF checks it against THIS organisation's signed documents. */
export default async function VerificationPage() {
  const [site, t] = await Promise.all([getCurrentSite(), getTranslations("verification")]);
  return (
    <main className="flex min-h-screen items-start justify-center px-4 py-12">
      <div className="w-full max-w-xl rounded-xl border-t-8 border-brand bg-white p-8 shadow-md">
        <div className="mb-6 flex items-center gap-3">
          <SiteLogo branding={site.branding} height={40} />
          <p className="text-lg font-semibold">{site.branding.name}</p>
        </div>
        <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
        <p className="mb-6 text-slate-700">{t("intro", { organization: site.organization.legalName })}</p>
        <VerificationForm organization={site.organization.legalName} />
      </div>
    </main>
  );
}
