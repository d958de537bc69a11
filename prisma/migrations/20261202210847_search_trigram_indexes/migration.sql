-- Trigram matching for the staff searches (ILIKE %…%): part of PostgreSQL contrib, in the embedded server too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Company_name_trgm_idx" ON "Company" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contact_search_trgm_idx" ON "Contact" USING GIN ("lastName" gin_trgm_ops, "firstName" gin_trgm_ops, "email" gin_trgm_ops);
