import { contrastRatio, relativeLuminance } from "./contrast-ratio";

/** Black or white, whichever reads better on `hex` (WCAG contrast); white when `hex` is not a colour. */
export function contrastColor(hex: string): "#000000" | "#ffffff" {
  const luminance = relativeLuminance(hex);
  if (luminance === null) return "#ffffff";
  return contrastRatio(luminance, 1) >= contrastRatio(luminance, 0) ? "#ffffff" : "#000000";
}
