import { Heading, Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

export interface OrderEmailLine {
  title: string;
  dates: string;
  people: string[];
  status: string;
}

/** To the contact (or visitor) who sent an order: what was asked, what happens next. */
export function OrderConfirmationEmail({
  brand,
  recipientName,
  number,
  lines,
  total,
  confirmed,
  link,
}: {
  brand: Brand;
  recipientName: string;
  number: string;
  lines: OrderEmailLine[];
  total: string;
  confirmed: boolean;
  link: string | null;
}) {
  return (
    <EmailLayout brand={brand} preview={`Commande ${number}`}>
      <Heading as="h1" style={{ fontSize: 20 }}>
        Votre commande {number}
      </Heading>
      <Text>Bonjour {recipientName},</Text>
      <Text>
        {confirmed
          ? "Vos inscriptions sont confirmées. Vous recevrez les convocations avant le début des sessions."
          : `Nous avons bien reçu votre demande. ${brand.name} la vérifie et vous confirme les inscriptions rapidement.`}
      </Text>
      {lines.map((line, index) => (
        <Text key={index} style={{ borderLeft: `3px solid ${brand.primaryColor}`, paddingLeft: 10 }}>
          <strong>{line.title}</strong> — {line.dates}
          <br />
          {line.people.join(", ")} ({line.status})
        </Text>
      ))}
      <Text>Total HT : {total}</Text>
      {link && (
        <EmailButton brand={brand} href={link}>
          Voir ma commande
        </EmailButton>
      )}
    </EmailLayout>
  );
}
