import { Section, Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

export interface InvitationEmailProps {
  brand: Brand;
  firstName: string;
  companyName: string;
  url: string;
  expiresAt: Date;
}

export const invitationSubject = (brand: Brand) => `Votre accès à l’Extranet Entreprise de ${brand.name}`;

/** Fixed wording (staff cannot customise it): the issuer's branding comes from getBrand(). */
export function InvitationEmail({ brand, firstName, companyName, url, expiresAt }: InvitationEmailProps) {
  const expiry = expiresAt.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });
  return (
    <EmailLayout brand={brand} preview={`${brand.name} vous invite à l’Extranet Entreprise de ${companyName}`}>
      <Text>Bonjour {firstName},</Text>
      <Text>
        {brand.name} vous invite à accéder à l’Extranet Entreprise de {companyName} : suivez les formations de vos collaborateurs, vos
        documents, vos factures et vos inscriptions en ligne.
      </Text>
      <Section style={{ padding: "12px 0" }}>
        <EmailButton brand={brand} href={url}>
          Activer mon accès
        </EmailButton>
      </Section>
      <Text style={{ fontSize: 13, color: "#475569" }}>
        Ce lien personnel ne peut servir qu’une fois et expire le {expiry}. Si le bouton ne fonctionne pas, copiez cette adresse dans votre
        navigateur : {url}
      </Text>
      <Text style={{ fontSize: 13, color: "#475569" }}>Si vous n’attendiez pas cette invitation, ignorez simplement ce message.</Text>
    </EmailLayout>
  );
}
