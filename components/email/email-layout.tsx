import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Img, Preview, Section, Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";

interface EmailLayoutProps {
  brand: Brand;
  /** The line mail clients show beside the subject. */
  preview: string;
  children: ReactNode;
}

/** Every email's frame: the issuer's logo and colour on top, its legal identity at the bottom. */
export function EmailLayout({ brand, preview, children }: EmailLayoutProps) {
  return (
    <Html lang="fr">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: "#f1f5f9", fontFamily: "Helvetica, Arial, sans-serif", color: "#0f172a", margin: 0, padding: "24px 0" }}
      >
        <Container style={{ backgroundColor: "#ffffff", maxWidth: 560, borderRadius: 8, overflow: "hidden" }}>
          <Section style={{ backgroundColor: brand.primaryColor, padding: "16px 24px" }}>
            {brand.logoUrl && (
              <Img
                src={brand.logoUrl}
                alt=""
                width={40}
                height={40}
                style={{ display: "inline-block", verticalAlign: "middle", marginRight: 12 }}
              />
            )}
            <Text
              style={{
                display: "inline-block",
                margin: 0,
                fontSize: 18,
                fontWeight: 700,
                color: brand.contrastColor,
                verticalAlign: "middle",
              }}
            >
              {brand.name}
            </Text>
          </Section>
          <Section style={{ padding: "8px 24px 16px" }}>{children}</Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: 0 }} />
          <Section style={{ padding: "12px 24px" }}>
            <Text style={{ fontSize: 11, color: "#64748b", margin: 0 }}>
              {[brand.legalName, ...brand.addressLines, brand.siret && `SIRET ${brand.siret}`, brand.nda && `NDA ${brand.nda}`]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
