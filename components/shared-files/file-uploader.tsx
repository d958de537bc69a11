"use client";

import { useRef, useState, type DragEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

interface UploadItem {
  key: string;
  name: string;
  progress: number;
  state: "waiting" | "uploading" | "done" | "error";
  error?: string;
}

/** Sends one file as the raw body of a POST, reporting progress; resolves with the server's answer. */
function sendFile(url: string, file: File, onProgress: (fraction: number) => void): Promise<{ ok: boolean; code?: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const target = `${url}${url.includes("?") ? "&" : "?"}name=${encodeURIComponent(file.name)}`;
    request.open("POST", target);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let code: string | undefined;
      try {
        code = (JSON.parse(request.responseText) as { code?: string }).code;
      } catch {
        code = undefined;
      }
      resolve({ ok: request.status >= 200 && request.status < 300, code: code ?? (request.status === 404 ? "not_found" : "failed") });
    };
    request.onerror = () => resolve({ ok: false, code: "interrupted" });
    request.onabort = () => resolve({ ok: false, code: "interrupted" });
    request.send(file);
  });
}

/**
 * Several files at once, by picker or drag and drop; each goes in its own request with its own progress
 * bar, so one refused file does not stop the others. The page is refreshed when all are done.
 */
export function FileUploader({ uploadUrl, maxFileBytes, label }: { uploadUrl: string; maxFileBytes: number; label?: string }) {
  const t = useTranslations("storage.upload");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (key: string, patch: Partial<UploadItem>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  async function upload(files: File[]) {
    if (files.length === 0) return;
    const batch = files.map((file, index) => ({ file, key: `${Date.now()}-${index}-${file.name}` }));
    setItems((current) => [
      ...current,
      ...batch.map(({ file, key }) => ({ key, name: file.name, progress: 0, state: "waiting" as const })),
    ]);
    setBusy(true);
    for (const { file, key } of batch) {
      if (file.size > maxFileBytes) {
        update(key, { state: "error", error: "too_large" });
        continue;
      }
      update(key, { state: "uploading" });
      const result = await sendFile(uploadUrl, file, (fraction) => update(key, { progress: fraction }));
      update(key, result.ok ? { state: "done", progress: 1 } : { state: "error", error: result.code });
    }
    setBusy(false);
    if (input.current) input.current.value = "";
    router.refresh();
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void upload([...event.dataTransfer.files]);
  }

  return (
    <div className="space-y-3">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
        className={`rounded-xl border-2 border-dashed p-6 text-center ${dragging ? "border-brand bg-slate-50" : "border-slate-300 bg-white"}`}
      >
        <p className="text-slate-700">{t("dropHere")}</p>
        <label className="mt-2 inline-block cursor-pointer rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast focus-within:outline focus-within:outline-2 focus-within:outline-offset-2">
          {label ?? t("choose")}
          <input
            ref={input}
            type="file"
            multiple
            className="sr-only"
            disabled={busy}
            onChange={(event) => void upload([...(event.target.files ?? [])])}
          />
        </label>
        <p className="mt-2 text-xs text-slate-600">{t("limits", { size: Math.round(maxFileBytes / (1024 * 1024)) })}</p>
      </div>
      {items.length > 0 && (
        <ul className="space-y-2" aria-live="polite">
          {items.map((item) => (
            <li key={item.key} className="rounded-md border border-slate-200 bg-white p-2 text-sm">
              <div className="flex justify-between gap-2">
                <span className="truncate font-medium">{item.name}</span>
                <span className={item.state === "error" ? "text-red-700" : "text-slate-600"}>
                  {item.state === "error" ? t(`errors.${item.error ?? "failed"}`) : t(`state.${item.state}`)}
                </span>
              </div>
              <progress
                className="mt-1 h-2 w-full"
                max={100}
                value={Math.round(item.progress * 100)}
                aria-label={t("progress", { name: item.name })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
