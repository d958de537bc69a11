import { Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailLayout } from "./email-layout";

/** The one-time code that confirms a signature. */
export function SignatureCodeEmail({
  brand,
  code,
  documentTitle,
  minutes,
}: {
  brand: Brand;
  code: string;
  documentTitle: string;
  minutes: number;
}) {
  return (
    <EmailLayout brand={brand} preview={`Votre code pour signer « ${documentTitle} »`}>
      <Text>Bonjour,</Text>
      <Text>Voici votre code pour signer « {documentTitle} » :</Text>
      <Text data-testid="signature-code" style={{ fontSize: 28, fontWeight: 700, letterSpacing: 6 }}>
        {code}
      </Text>
      <Text>
        Il est valable {minutes} minutes et ne sert qu’une fois. Si vous n’avez pas demandé à signer ce document, ignorez ce message.
      </Text>
    </EmailLayout>
  );
}
