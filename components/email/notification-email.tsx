import { Link, Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

export interface NotificationEmailProps {
  brand: Brand;
  headline: string;
  /** One item for an immediate email, the day's items for a digest. */
  items: { text: string; href: string }[];
  /** The account page where the contact chooses what they receive by email. */
  preferencesUrl: string;
}

/** A notification, or the daily digest of several, each with its link, and where to change what is emailed. */
export function NotificationEmail({ brand, headline, items, preferencesUrl }: NotificationEmailProps) {
  const [only] = items;
  return (
    <EmailLayout brand={brand} preview={items.length === 1 ? only.text : headline}>
      <Text style={{ fontSize: 16, fontWeight: 700 }}>{headline}</Text>
      {items.length === 1 ? (
        <>
          <Text style={{ fontSize: 14 }}>{only.text}</Text>
          <EmailButton brand={brand} href={only.href}>
            Ouvrir dans l’extranet
          </EmailButton>
        </>
      ) : (
        items.map((item, index) => (
          <Text key={index} style={{ fontSize: 14, margin: "8px 0" }}>
            • <Link href={item.href}>{item.text}</Link>
          </Text>
        ))
      )}
      <Text style={{ fontSize: 12, color: "#475569", marginTop: 24 }}>
        Vous recevez cet e-mail selon vos préférences de notification.{" "}
        <Link href={preferencesUrl}>Choisir ce que je reçois par e-mail</Link>
      </Text>
    </EmailLayout>
  );
}
