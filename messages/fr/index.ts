import shell from "./shell.json";
import auth from "./auth.json";
import home from "./home.json";
import admin from "./admin.json";
import catalogue from "./catalogue.json";
import documents from "./documents.json";
import intra from "./intra.json";
import modules from "./modules.json";
import orders from "./orders.json";
import signatures from "./signatures.json";
import verification from "./verification.json";

// One file per feature, so that features add messages without touching each other's files.
export default { ...shell, ...auth, ...home, ...admin, ...catalogue, ...documents, ...intra, ...modules, ...orders, ...signatures, ...verification };
