"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

/** A logo file field that shows the chosen image before it is uploaded (a local blob URL, never sent). */
export function LogoFileInput({
  id,
  name,
  accept,
  invalid,
  describedBy,
}: {
  id: string;
  name: string;
  accept: string;
  invalid: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("settings.colour");
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className="block w-full max-w-sm text-sm"
        onChange={(event) => {
          const file = event.target.files?.[0];
          setUrl(file ? URL.createObjectURL(file) : null);
        }}
      />
      {url && (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={url}
          alt={t("chosenLogo")}
          className="h-12 w-auto max-w-40 rounded border border-slate-200 bg-white p-1"
          data-testid="logo-choice"
        />
      )}
    </div>
  );
}
