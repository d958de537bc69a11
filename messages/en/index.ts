import shell from "./shell.json";
import auth from "./auth.json";
import home from "./home.json";
import admin from "./admin.json";
import trainings from "./trainings.json";
import participants from "./participants.json";
import invoices from "./invoices.json";
import dashboard from "./dashboard.json";
import calendar from "./calendar.json";
import preview from "./preview.json";

// One file per feature, so that features add messages without touching each other's files.
export default { ...shell, ...auth, ...home, ...admin, ...trainings, ...participants, ...invoices, ...dashboard, ...calendar, ...preview };
