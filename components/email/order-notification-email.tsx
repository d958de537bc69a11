import { Heading, Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

/** To the organisation: a new order or INTRA request to follow up in /admin/commandes. */
export function OrderNotificationEmail({
  brand,
  title,
  from,
  details,
  link,
}: {
  brand: Brand;
  title: string;
  from: string;
  details: string[];
  link: string;
}) {
  return (
    <EmailLayout brand={brand} preview={title}>
      <Heading as="h1" style={{ fontSize: 20 }}>
        {title}
      </Heading>
      <Text>De : {from}</Text>
      {details.map((detail, index) => (
        <Text key={index} style={{ margin: "4px 0" }}>
          {detail}
        </Text>
      ))}
      <EmailButton brand={brand} href={link}>
        Traiter la demande
      </EmailButton>
    </EmailLayout>
  );
}
