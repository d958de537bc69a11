"use client";

import { useTranslations } from "next-intl";
import { contrastColor } from "@/lib/branding/contrast-color";

/** What a colour does before it is saved: the extranet's header and the invitation email, in that colour. */
export function BrandPreview({ colour, name, logoUrl }: { colour: string; name: string; logoUrl: string | null }) {
  const t = useTranslations("settings.colour");
  const onColour = { backgroundColor: colour, color: contrastColor(colour) };
  // Logos are small files chosen by the organisation; next/image would add nothing here.
  // eslint-disable-next-line @next/next/no-img-element
  const logo = logoUrl ? <img src={logoUrl} alt="" className="h-8 w-auto max-w-32 shrink-0" /> : null;
  return (
    <figure className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="brand-preview">
      <figcaption className="text-sm font-medium text-slate-700">{t("preview")}</figcaption>
      <div className="rounded-md bg-white shadow-sm" style={{ borderBottom: `4px solid ${colour}` }} data-testid="preview-header">
        <div className="flex items-center justify-between gap-3 px-3 py-2">
          <div className="flex min-w-0 items-center gap-2">
            {logo}
            <div className="min-w-0">
              <p className="truncate text-sm font-semibold">{name}</p>
              <p className="text-xs text-slate-600">{t("previewArea")}</p>
            </div>
          </div>
          <span className="shrink-0 rounded-md px-3 py-1 text-xs font-semibold" style={onColour}>
            {t("previewButton")}
          </span>
        </div>
      </div>
      <div className="max-w-md overflow-hidden rounded-md bg-white shadow-sm" data-testid="preview-email">
        <div className="flex items-center gap-2 px-4 py-3 font-bold" style={onColour}>
          {logo}
          <span className="truncate">{name}</span>
        </div>
        <div className="space-y-2 px-4 py-3 text-sm text-slate-800">
          <p>{t("previewGreeting")}</p>
          <p>{t("previewEmailBody", { name })}</p>
          <span className="inline-block rounded px-3 py-2 font-semibold" style={onColour}>
            {t("previewEmailButton")}
          </span>
        </div>
      </div>
    </figure>
  );
}
