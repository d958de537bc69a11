/** The extranet's sections, in menu order. */
export const EXTRANET_SECTIONS = [
  { key: "dashboard", href: "/" },
  { key: "trainings", href: "/formations" },
  { key: "calendar", href: "/calendrier" },
  { key: "participants", href: "/participants" },
  { key: "documents", href: "/documents" },
  { key: "invoices", href: "/factures" },
  { key: "quotes", href: "/devis" },
  { key: "catalogue", href: "/catalogue" },
  { key: "storage", href: "/stockage" },
  { key: "quality", href: "/qualite" },
  { key: "evaluations", href: "/evaluations" },
  { key: "team", href: "/equipe" },
  { key: "account", href: "/compte" },
] as const;

export const ADMIN_SECTIONS = [
  { key: "dashboard", href: "/admin" },
  { key: "companies", href: "/admin/entreprises" },
  { key: "contacts", href: "/admin/contacts" },
  { key: "trainings", href: "/admin/formations" },
  { key: "documents", href: "/admin/documents" },
  { key: "orders", href: "/admin/commandes" },
  { key: "quotes", href: "/admin/devis" },
  { key: "tickets", href: "/admin/tickets" },
  { key: "evaluations", href: "/admin/evaluations" },
  { key: "improvements", href: "/admin/qualite/ameliorations" },
  { key: "storage", href: "/admin/stockage" },
  { key: "emails", href: "/admin/emails", adminOnly: true },
  { key: "settings", href: "/admin/parametres", adminOnly: true },
  { key: "api", href: "/admin/api", adminOnly: true },
  { key: "account", href: "/admin/compte" },
] as const;
