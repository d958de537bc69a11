import type { SiteBranding } from "@/lib/tenancy/site";

export function SiteLogo({ branding, size = 40 }: { branding: SiteBranding; size?: number }) {
  if (!branding.logoUrl) return null;
  // Logos are small SVG or PNG files chosen by the organisation; next/image would add nothing here.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={branding.logoUrl} alt="" width={size} height={size} className="shrink-0 rounded" />;
}
