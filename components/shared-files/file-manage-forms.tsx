"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

type FormAction<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

function useRefreshOnSuccess<T>(state: ActionState<T>, then?: () => void) {
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") {
      then?.();
      router.refresh();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
}

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
  const [renameState, renameAction, renaming] = useActionState(rename, idleState);
  const [deleteState, deleteAction, deleting] = useActionState(remove, idleState);
  useRefreshOnSuccess(renameState, () => setEditing(false));
  useRefreshOnSuccess(deleteState);
  const renameError = renameState.status === "error" ? renameState.fieldErrors?.name?.[0] : undefined;

  return (
    <div className="flex flex-wrap items-center gap-2">
      {editing ? (
        <form action={renameAction} className="flex items-center gap-2">
          <input type="hidden" name="fileId" value={fileId} />
          {companyId && <input type="hidden" name="companyId" value={companyId} />}
          <label className="sr-only" htmlFor={`rename-${fileId}`}>
            {t("newName")}
          </label>
          <input id={`rename-${fileId}`} name="name" defaultValue={name} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
          <Button type="submit" disabled={renaming} className="px-2 py-1">
            {t("save")}
          </Button>
          <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => setEditing(false)}>
            {t("cancel")}
          </Button>
          {renameError && <span className="text-xs text-red-700">{t(`errors.${renameError}`)}</span>}
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
      <form ref={deleteForm} action={deleteAction}>
        <input type="hidden" name="fileId" value={fileId} />
        {companyId && <input type="hidden" name="companyId" value={companyId} />}
        <ConfirmDialog
          trigger={
            <Button
              type="button"
              variant="secondary"
              disabled={deleting}
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
  const [state, action, pending] = useActionState(create, idleState);
  useRefreshOnSuccess(state);
  const error = state.status === "error" ? state.fieldErrors?.name?.[0] : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {companyId && <input type="hidden" name="companyId" value={companyId} />}
      <div>
        <label htmlFor="folder-name" className="block text-sm font-medium text-slate-800">
          {t("folderName")}
        </label>
        <input
          id="folder-name"
          name="name"
          required
          maxLength={100}
          aria-invalid={Boolean(error) || undefined}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("createFolder")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {t(`errors.${error}`)}
        </p>
      )}
    </form>
  );
}
