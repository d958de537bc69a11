import { Text } from "@react-email/components";
import type { Brand } from "@/lib/branding/brand";
import { EmailButton } from "./email-button";
import { EmailLayout } from "./email-layout";

export interface NoticeEmailProps {
  brand: Brand;
  /** First line, also the preview. */
  headline: string;
  /** Paragraphs of plain text (a quoted message keeps its line breaks). */
  paragraphs: string[];
  /** A link into the extranet or /admin, with its label. */
  action?: { href: string; label: string };
}

/**
 * A short notification (a file shared, a ticket reply, a seat filled): a headline, a few paragraphs and
 * one button. Used by the storage space, the quality tickets and the placeholder seats.
 */
export function NoticeEmail({ brand, headline, paragraphs, action }: NoticeEmailProps) {
  return (
    <EmailLayout brand={brand} preview={headline}>
      <Text style={{ fontSize: 16, fontWeight: 700 }}>{headline}</Text>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={{ fontSize: 14, whiteSpace: "pre-line" }}>
          {paragraph}
        </Text>
      ))}
      {action && (
        <EmailButton brand={brand} href={action.href}>
          {action.label}
        </EmailButton>
      )}
    </EmailLayout>
  );
}
