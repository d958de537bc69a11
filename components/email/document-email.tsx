import { Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

interface DocumentEmailProps {
  brand: Brand;
  companyName: string;
  documentTitle: string;
  /** Set when this email asks its reader to sign. */
  toSign: boolean;
  url: string;
}

/** A new document in the company's extranet, or a request to sign one. */
export function DocumentEmail({ brand, companyName, documentTitle, toSign, url }: DocumentEmailProps) {
  const preview = toSign ? `Document à signer : ${documentTitle}` : `Nouveau document : ${documentTitle}`;
  return (
    <EmailLayout brand={brand} preview={preview}>
      <Text>Bonjour,</Text>
      {toSign ? (
        <Text>
          {brand.name} vous invite à signer électroniquement le document « {documentTitle} » pour {companyName}. Relisez-le dans votre
          extranet, puis signez-le avec le code que nous vous enverrons par e-mail.
        </Text>
      ) : (
        <Text>
          {brand.name} a déposé le document « {documentTitle} » dans l’extranet de {companyName}.
        </Text>
      )}
      <EmailButton brand={brand} href={url}>
        {toSign ? "Relire et signer" : "Voir le document"}
      </EmailButton>
      <Text style={{ fontSize: 12, color: "#64748b" }}>Lien : {url}</Text>
    </EmailLayout>
  );
}
