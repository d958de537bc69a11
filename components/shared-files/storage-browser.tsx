import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SharedFilesView } from "@/lib/shared-files/list-shared-files";
import type { ActionState } from "@/lib/actions/action-state";
import { FileManageForms, NewFolderForm } from "./file-manage-forms";
import { FileUploader } from "./file-uploader";

type FormAction = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

export interface StorageBrowserProps {
  view: SharedFilesView;
  /** The page's own URL with the query that keeps the company (staff), without the folder. */
  pagePath: string;
  uploadPath: string;
  downloadPath: (fileId: string) => string;
  companyId?: string;
  actions: { rename: FormAction; remove: FormAction; createFolder: FormAction };
}

function withQuery(path: string, key: string, value: string | null): string {
  if (!value) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} Ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} Mo`;
}

/** A folder of a company's storage space, the same for the company's contacts and for staff. */
export async function StorageBrowser({ view, pagePath, uploadPath, downloadPath, companyId, actions }: StorageBrowserProps) {
  const [t, format] = await Promise.all([getTranslations("storage"), getFormatter()]);
  const folderId = view.folder?.id ?? null;
  const percent = Math.min(100, Math.round((view.usedBytes / view.quotaBytes) * 100));

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={pagePath} className="text-brand underline">
          {t("root")}
        </Link>
        {view.folder && (
          <>
            {view.folder.parentId && (
              <>
                {" / "}
                <Link href={withQuery(pagePath, "dossier", view.folder.parentId)} className="text-brand underline">
                  …
                </Link>
              </>
            )}
            {" / "}
            <span aria-current="page" className="font-medium">
              {view.folder.name}
            </span>
          </>
        )}
      </nav>

      <p className="text-sm text-slate-700" data-testid="quota">
        {t("quota", { used: formatSize(view.usedBytes), quota: formatSize(view.quotaBytes), percent })}
      </p>

      <FileUploader uploadUrl={withQuery(uploadPath, "dossier", folderId)} maxFileBytes={view.maxFileBytes} />

      <NewFolderForm parentId={folderId} companyId={companyId} create={actions.createFolder} />

      {view.folders.length > 0 && (
        <section aria-labelledby="folders-title">
          <h2 id="folders-title" className="mb-2 text-lg font-semibold">
            {t("folders")}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {view.folders.map((folder) => (
              <li key={folder.id}>
                <Link
                  href={withQuery(pagePath, "dossier", folder.id)}
                  className="block rounded-lg border border-slate-200 bg-white px-4 py-3 font-medium hover:border-brand"
                >
                  📁 {folder.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="files-title">
        <h2 id="files-title" className="mb-2 text-lg font-semibold">
          {t("files")}
        </h2>
        {view.files.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm">
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("name")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("size")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("uploadedBy")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("uploadedAt")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.files.map((file) => (
                  <tr key={file.id} className="border-t border-slate-100" data-testid="shared-file">
                    <td className="px-3 py-2">
                      <a href={downloadPath(file.id)} className="font-medium text-brand underline" download>
                        {file.name}
                      </a>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatSize(file.sizeBytes)}</td>
                    <td className="px-3 py-2">
                      {file.uploadedBy} <span className="text-xs text-slate-600">({t(`side.${file.uploadedBySide}`)})</span>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {format.dateTime(file.createdAt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" })}
                    </td>
                    <td className="px-3 py-2">
                      {file.canManage && (
                        <FileManageForms
                          fileId={file.id}
                          name={file.name}
                          companyId={companyId}
                          rename={actions.rename}
                          remove={actions.remove}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
