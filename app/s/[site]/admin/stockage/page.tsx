import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { StorageBrowser, type StorageBrowserProps } from "@/components/shared-files/storage-browser";
import { requireStaff } from "@/lib/auth/require-staff";
import { listStorageCompanies } from "@/lib/shared-files/list-storage-companies";
import { idFilter, pageQuery } from "@/lib/http/request-params";
import { listSharedFiles } from "@/lib/shared-files/list-shared-files";
import { resolveStaffCompany } from "@/lib/shared-files/resolve-staff-company";
import { staffCreateFolderAction, staffDeleteFileAction, staffRenameFileAction } from "@/lib/shared-files/shared-file-actions";

export default async function AdminStoragePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { entreprise, dossier } = await pageQuery(searchParams, z.object({ entreprise: idFilter, dossier: idFilter }));
  const t = await getTranslations("storage");
  const companies = await listStorageCompanies({ staff });

  const scope = entreprise ? await resolveStaffCompany({ staff, companyId: entreprise }) : null;
  const view = scope ? await listSharedFiles({ scope, folderId: dossier ?? null }) : null;
  const actions = {
    rename: staffRenameFileAction,
    remove: staffDeleteFileAction,
    createFolder: staffCreateFolderAction,
  } as unknown as StorageBrowserProps["actions"];

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("adminTitle")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="entreprise" className="block text-sm font-medium text-slate-800">
            {t("company")}
          </label>
          <select
            id="entreprise"
            name="entreprise"
            defaultValue={entreprise ?? ""}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">{t("chooseCompany")}</option>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name} ({company._count.files})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("open")}
        </button>
      </form>
      {scope && view ? (
        <>
          <h2 className="text-xl font-semibold">{scope.companyName}</h2>
          <StorageBrowser
            view={view}
            pagePath={`/admin/stockage?entreprise=${scope.companyId}`}
            uploadPath={`/admin/stockage/televerser?entreprise=${scope.companyId}`}
            downloadPath={(id) => `/admin/stockage/fichiers/${id}?entreprise=${scope.companyId}`}
            companyId={scope.companyId}
            actions={actions}
          />
        </>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {companies.map((company) => (
            <li key={company.id}>
              <Link
                href={`/admin/stockage?entreprise=${company.id}`}
                className="block rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand"
              >
                <span className="font-medium">{company.name}</span>
                <span className="block text-sm text-slate-600">{t("fileCount", { count: company._count.files })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
