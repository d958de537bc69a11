import shell from "./shell.json";
import auth from "./auth.json";
import home from "./home.json";
import admin from "./admin.json";
import calendar from "./calendar.json";
import catalogue from "./catalogue.json";
import dashboard from "./dashboard.json";
import documents from "./documents.json";
import intra from "./intra.json";
import invoices from "./invoices.json";
import payments from "./payments.json";
import modules from "./modules.json";
import orders from "./orders.json";
import participants from "./participants.json";
import placeholders from "./placeholders.json";
import preview from "./preview.json";
import signatures from "./signatures.json";
import storage from "./storage.json";
import tickets from "./tickets.json";
import trainings from "./trainings.json";
import verification from "./verification.json";
import settings from "./settings.json";
import companies from "./companies.json";
import contacts from "./contacts.json";
import invitations from "./invitations.json";
import account from "./account.json";
import emails from "./emails.json";
import api from "./api.json";
import evaluations from "./evaluations.json";
import security from "./security.json";
import roles from "./roles.json";
import quotes from "./quotes.json";
import notifications from "./notifications.json";
import fundings from "./fundings.json";

// One file per feature, so that features add messages without touching each other's files.
const messages = {
  ...shell,
  ...auth,
  ...home,
  ...admin,
  ...calendar,
  ...catalogue,
  ...dashboard,
  ...documents,
  ...intra,
  ...invoices,
  ...payments,
  ...modules,
  ...orders,
  ...participants,
  ...placeholders,
  ...preview,
  ...signatures,
  ...storage,
  ...tickets,
  ...trainings,
  ...verification,
  ...settings,
  ...companies,
  ...contacts,
  ...invitations,
  ...account,
  ...emails,
  ...api,
  ...evaluations,
  ...security,
  ...roles,
  ...quotes,
  ...notifications,
  ...fundings,
};

export default messages;
