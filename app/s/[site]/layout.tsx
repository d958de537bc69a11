import type { CSSProperties, ReactNode } from "react";
import type { Metadata } from "next";
import { contrastColor } from "@/lib/branding/contrast-color";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getCurrentSite();
  return { title: { default: site.branding.name, template: `%s · ${site.branding.name}` }, icons: site.branding.logoUrl ?? undefined };
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { branding } = await getCurrentSite();
  const style = { "--brand": branding.primaryColor, "--brand-contrast": contrastColor(branding.primaryColor) } as CSSProperties;
  return (
    <div style={style} className="min-h-screen">
      {children}
    </div>
  );
}
