import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { StorageBrowser, type StorageBrowserProps } from "@/components/shared-files/storage-browser";
import { requireContact } from "@/lib/auth/require-contact";
import { idFilter, pageQuery } from "@/lib/http/request-params";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { listSharedFiles } from "@/lib/shared-files/list-shared-files";
import { createFolderAction, deleteFileAction, renameFileAction } from "@/lib/shared-files/shared-file-actions";

export default async function StoragePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { dossier } = await pageQuery(searchParams, z.object({ dossier: idFilter }));
  const [view, t] = await Promise.all([
    listSharedFiles({ scope: contactStorageScope(context), folderId: dossier ?? null }),
    getTranslations("storage"),
  ]);
  const actions = {
    rename: renameFileAction,
    remove: deleteFileAction,
    createFolder: createFolderAction,
  } as unknown as StorageBrowserProps["actions"];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { company: context.company.name, organization: context.site.branding.name })}</p>
      <StorageBrowser
        view={view}
        pagePath="/stockage"
        uploadPath="/stockage/televerser"
        downloadPath={(id) => `/stockage/fichiers/${id}`}
        actions={actions}
      />
    </div>
  );
}
