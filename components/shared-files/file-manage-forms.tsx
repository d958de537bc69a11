"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { TextField } from "../ui/field";
import { FormMessages } from "../ui/form-messages";
import { useActionForm, type FormAction } from "../ui/use-action-form";

/** Rename and delete buttons of one file (shown only when the viewer may manage it). */
export function FileManageForms<R, D>({
  fileId,
  name,
  companyId,
  rename,
  remove,
}: {
  fileId: string;
  name: string;
  /** Staff pages pass the company they opened; contacts never send one. */
  companyId?: string;
  rename: FormAction<R>;
  remove: FormAction<D>;
}) {
  const t = useTranslations("storage");
  const [editing, setEditing] = useState(false);
  const deleteForm = useRef<HTMLFormElement>(null);
  const renaming = useActionForm(rename, { errors: "storage.errors", refresh: true, onSuccess: () => setEditing(false) });
  const deleting = useActionForm(remove, { refresh: true });
  const renameError = renaming.fieldErrors("name")?.[0];

  return (
    <div className="flex flex-wrap items-center gap-2">
      {editing ? (
        <form action={renaming.action} className="flex items-center gap-2">
          <input type="hidden" name="fileId" value={fileId} />
          {companyId && <input type="hidden" name="companyId" value={companyId} />}
          <label className="sr-only" htmlFor={`rename-${fileId}`}>
            {t("newName")}
          </label>
          <input id={`rename-${fileId}`} name="name" defaultValue={name} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
          <Button type="submit" disabled={renaming.pending} className="px-2 py-1">
            {t("save")}
          </Button>
          <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => setEditing(false)}>
            {t("cancel")}
          </Button>
          {renameError && <span className="text-xs text-red-700">{renameError}</span>}
        </form>
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="px-2 py-1"
          onClick={() => setEditing(true)}
          aria-label={t("renameFile", { name })}
        >
          {t("rename")}
        </Button>
      )}
      <form ref={deleteForm} action={deleting.action}>
        <input type="hidden" name="fileId" value={fileId} />
        {companyId && <input type="hidden" name="companyId" value={companyId} />}
        <ConfirmDialog
          trigger={
            <Button
              type="button"
              variant="secondary"
              disabled={deleting.pending}
              className="px-2 py-1 text-red-700"
              aria-label={t("deleteFile", { name })}
            >
              {t("delete")}
            </Button>
          }
          title={t("confirmDelete", { name })}
          confirmLabel={t("delete")}
          onConfirm={() => deleteForm.current?.requestSubmit()}
        />
      </form>
    </div>
  );
}

/** Creates a folder in the folder being shown. */
export function NewFolderForm<T>({ parentId, companyId, create }: { parentId: string | null; companyId?: string; create: FormAction<T> }) {
  const t = useTranslations("storage");
  const form = useActionForm(create, { errors: "storage.errors", refresh: true });
  // The error follows the button, as in a list row's form, so the field stays level with it.
  const error = form.allErrors.join(" ") || undefined;
  return (
    <form action={form.action} className="flex flex-wrap items-end gap-2">
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {companyId && <input type="hidden" name="companyId" value={companyId} />}
      <TextField
        id="folder-name"
        name="name"
        label={t("folderName")}
        required
        maxLength={100}
        defaultValue={form.value("name")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "folder-name-error" : undefined}
        className="text-sm"
      />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("createFolder")}
      </Button>
      <FormMessages compact id="folder-name-error" error={error} />
    </form>
  );
}
