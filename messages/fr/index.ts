import shell from "./shell.json";
import auth from "./auth.json";
import home from "./home.json";
import admin from "./admin.json";
import documents from "./documents.json";
import signatures from "./signatures.json";
import verification from "./verification.json";

// One file per feature, so that features add messages without touching each other's files.
export default { ...shell, ...auth, ...home, ...admin, ...documents, ...signatures, ...verification };
