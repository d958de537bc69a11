import { Section, Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

export type AccountLinkKind = "PASSWORD_RESET" | "EMAIL_CHANGE" | "SIGN_IN_LINK";

const WORDING: Record<AccountLinkKind, { subject: string; body: string; button: string; expiry: string }> = {
  PASSWORD_RESET: {
    subject: "Réinitialisation de votre mot de passe",
    body: "Vous avez demandé à réinitialiser le mot de passe de votre compte. Choisissez-en un nouveau avec le bouton ci-dessous.",
    button: "Choisir un nouveau mot de passe",
    expiry: "une heure",
  },
  EMAIL_CHANGE: {
    subject: "Confirmez votre nouvelle adresse de connexion",
    body: "Vous avez demandé à utiliser cette adresse pour vous connecter. Confirmez-la avec le bouton ci-dessous ; votre ancienne adresse restera valable jusque-là.",
    button: "Confirmer cette adresse",
    expiry: "une heure",
  },
  SIGN_IN_LINK: {
    subject: "Votre lien de connexion",
    body: "Vous avez demandé à vous connecter sans mot de passe. Le bouton ci-dessous vous connecte à votre espace.",
    button: "Me connecter",
    expiry: "15 minutes",
  },
};

export const accountLinkSubject = (kind: AccountLinkKind, brand: Brand) => `${WORDING[kind].subject} · ${brand.name}`;

export function AccountLinkEmail({ brand, kind, firstName, url }: { brand: Brand; kind: AccountLinkKind; firstName: string; url: string }) {
  const wording = WORDING[kind];
  return (
    <EmailLayout brand={brand} preview={wording.subject}>
      <Text>Bonjour {firstName},</Text>
      <Text>{wording.body}</Text>
      <Section style={{ padding: "12px 0" }}>
        <EmailButton brand={brand} href={url}>
          {wording.button}
        </EmailButton>
      </Section>
      <Text style={{ fontSize: 13, color: "#475569" }}>
        Ce lien ne sert qu’une fois et expire dans {wording.expiry}. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.
      </Text>
    </EmailLayout>
  );
}
