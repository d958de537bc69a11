import { NotFoundPanel } from "@/components/shell/not-found-panel";
import { SiteLogo } from "@/components/shell/site-logo";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

// A 404 outside the extranet, the admin and the catalogue (login, account links): the site's own frame.
export default async function SiteNotFound() {
  const { branding } = await getCurrentSite();
  return (
    <main className="px-4 py-12">
      <div className="mb-8 flex items-center justify-center gap-3">
        <SiteLogo branding={branding} />
        <p className="font-semibold">{branding.name}</p>
      </div>
      <NotFoundPanel home="login" />
    </main>
  );
}
