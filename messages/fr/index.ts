import shell from "./shell.json";
import auth from "./auth.json";
import home from "./home.json";
import admin from "./admin.json";
import settings from "./settings.json";
import companies from "./companies.json";
import contacts from "./contacts.json";
import invitations from "./invitations.json";
import account from "./account.json";
import emails from "./emails.json";

// One file per feature, so that features add messages without touching each other's files.
export default { ...shell, ...auth, ...home, ...admin, ...settings, ...companies, ...contacts, ...invitations, ...account, ...emails };
