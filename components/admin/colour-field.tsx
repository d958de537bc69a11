"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { AA_TEXT_CONTRAST, contrastRatio, relativeLuminance } from "@/lib/branding/contrast-ratio";
import { BrandPreview } from "./brand-preview";

interface ColourFieldProps {
  id: string;
  name: string;
  defaultValue: string;
  invalid: boolean;
  describedBy?: string;
  /** Shows the branded header and invitation email in the colour being chosen. */
  preview?: { name: string; logoUrl: string | null };
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * A brand colour: a colour picker and its hex field kept in sync (the hex field is the one sent), a warning
 * when white text on it fails WCAG AA, and a live preview.
 */
export function ColourField({ id, name, defaultValue, invalid, describedBy, preview }: ColourFieldProps) {
  const t = useTranslations("settings.colour");
  const format = useFormatter();
  const [hex, setHex] = useState(defaultValue);
  const valid = HEX.test(hex);
  const luminance = valid ? relativeLuminance(hex) : null;
  const ratio = luminance === null ? null : contrastRatio(luminance, 1);
  const lowContrast = ratio !== null && ratio < AA_TEXT_CONTRAST;
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="text"
          pattern="#[0-9a-fA-F]{6}"
          placeholder="#1d4ed8"
          value={hex}
          onChange={(event) => setHex(event.target.value.trim())}
          aria-invalid={invalid || undefined}
          aria-describedby={[describedBy, lowContrast && `${id}-contrast`].filter(Boolean).join(" ") || undefined}
          className="block w-full max-w-40 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-slate-900 shadow-sm aria-invalid:border-red-600"
        />
        <input
          type="color"
          aria-label={t("picker")}
          value={valid ? hex.toLowerCase() : "#000000"}
          onChange={(event) => setHex(event.target.value)}
          className="h-10 w-14 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
        />
      </div>
      {lowContrast && (
        <p id={`${id}-contrast`} role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("lowContrast", { ratio: format.number(ratio, { maximumFractionDigits: 1 }), minimum: format.number(AA_TEXT_CONTRAST) })}
        </p>
      )}
      {preview && valid && <BrandPreview colour={hex} name={preview.name} logoUrl={preview.logoUrl} />}
    </div>
  );
}
