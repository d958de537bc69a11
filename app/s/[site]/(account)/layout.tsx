import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

// Account pages (invitation, password reset, email confirmation): their forms' messages only.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="account">{children}</ClientMessages>;
}
