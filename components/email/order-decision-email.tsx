import { Heading, Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

/** To the contact: the organisation confirmed or declined an order, or moved an INTRA request, with its message. */
export function OrderDecisionEmail({
  brand,
  recipientName,
  title,
  body,
  message,
  link,
}: {
  brand: Brand;
  recipientName: string;
  title: string;
  body: string;
  message: string | null;
  link: string | null;
}) {
  return (
    <EmailLayout brand={brand} preview={title}>
      <Heading as="h1" style={{ fontSize: 20 }}>
        {title}
      </Heading>
      <Text>Bonjour {recipientName},</Text>
      <Text>{body}</Text>
      {message && <Text style={{ whiteSpace: "pre-line", backgroundColor: "#f8fafc", padding: 12, borderRadius: 6 }}>{message}</Text>}
      {link && (
        <EmailButton brand={brand} href={link}>
          Ouvrir mon extranet
        </EmailButton>
      )}
    </EmailLayout>
  );
}
