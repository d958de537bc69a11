import type { SiteBranding } from "@/lib/tenancy/site";

/** The organisation's or centre's logo at a fixed height; wide wordmarks keep their proportions. */
export function SiteLogo({ branding, height = 40 }: { branding: SiteBranding; height?: number }) {
  if (!branding.logoUrl) return null;
  // Logos are small SVG or PNG files chosen by the organisation; next/image would add nothing here.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={branding.logoUrl} alt="" style={{ height }} className="w-auto max-w-48 shrink-0" />;
}
