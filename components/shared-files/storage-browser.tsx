import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatBytes } from "@/lib/format/format";
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

/** A folder of a company's storage space, the same for the company's contacts and for staff. */
export async function StorageBrowser({ view, pagePath, uploadPath, downloadPath, companyId, actions }: StorageBrowserProps) {
  const [t, format, locale] = await Promise.all([getTranslations("storage"), getFormatter(), getLocale()]);
  const folderId = view.folder?.id ?? null;
  const percent = Math.min(100, Math.round((view.usedBytes / view.quotaBytes) * 100));

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={pagePath} className="underline">
          {t("root")}
        </Link>
        {view.folder && (
          <>
            {view.folder.parentId && (
              <>
                {" / "}
                <Link href={withQuery(pagePath, "dossier", view.folder.parentId)} className="underline">
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
        {t("quota", { used: formatBytes(view.usedBytes, locale), quota: formatBytes(view.quotaBytes, locale), percent })}
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
                  <span aria-hidden="true">📁</span> {folder.name}
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
        <DataTable
          caption={t("files")}
          rows={view.files}
          rowKey={(file) => file.id}
          rowTestId="shared-file"
          empty={t("empty")}
          columns={[
            {
              key: "name",
              header: t("name"),
              className: "break-all",
              cell: (file) => (
                <a href={downloadPath(file.id)} className="font-medium underline" download>
                  {file.name}
                </a>
              ),
            },
            { key: "size", header: t("size"), className: "whitespace-nowrap", cell: (file) => formatBytes(file.sizeBytes, locale) },
            {
              key: "uploadedBy",
              header: t("uploadedBy"),
              cell: (file) => (
                <span>
                  {file.uploadedBy} <span className="text-xs text-slate-600">({t(`side.${file.uploadedBySide}`)})</span>
                </span>
              ),
            },
            {
              key: "uploadedAt",
              header: t("uploadedAt"),
              className: "whitespace-nowrap",
              cell: (file) => format.dateTime(file.createdAt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }),
            },
            {
              key: "actions",
              header: t("actions"),
              hideHeader: true,
              cell: (file) =>
                file.canManage && (
                  <FileManageForms
                    fileId={file.id}
                    name={file.name}
                    companyId={companyId}
                    rename={actions.rename}
                    remove={actions.remove}
                  />
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}
