import { Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

/** To the organisation: a company's contact signed a document. */
export function DocumentSignedEmail({
  brand,
  documentTitle,
  companyName,
  signerName,
  signedAt,
  url,
}: {
  brand: Brand;
  documentTitle: string;
  companyName: string;
  signerName: string;
  signedAt: string;
  url: string;
}) {
  return (
    <EmailLayout brand={brand} preview={`Document signé : ${documentTitle}`}>
      <Text>Bonjour,</Text>
      <Text>
        {signerName} ({companyName}) a signé « {documentTitle} » le {signedAt} (UTC). Le document signé et son dossier de preuve sont
        disponibles dans l’administration.
      </Text>
      <EmailButton brand={brand} href={url}>
        Voir la demande
      </EmailButton>
    </EmailLayout>
  );
}
