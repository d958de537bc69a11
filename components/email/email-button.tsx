import { Button } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";

export function EmailButton({ brand, href, children }: { brand: Brand; href: string; children: string }) {
  return (
    <Button
      href={href}
      style={{
        backgroundColor: brand.primaryColor,
        color: brand.contrastColor,
        padding: "12px 20px",
        borderRadius: 6,
        fontWeight: 700,
        textDecoration: "none",
      }}
    >
      {children}
    </Button>
  );
}
