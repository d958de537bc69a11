import shell from "./shell.json";
import auth from "./auth.json";
import home from "./home.json";
import admin from "./admin.json";
import storage from "./storage.json";
import tickets from "./tickets.json";
import placeholders from "./placeholders.json";

// One file per feature, so that features add messages without touching each other's files.
export default { ...shell, ...auth, ...home, ...admin, ...storage, ...tickets, ...placeholders };
