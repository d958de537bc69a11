-- A subrogated funder's invoice (fundingId set) is not the company's spending: the dashboard's spending
-- rollup counts only the company's own invoices and credit notes, and follows an invoice whose funder changes.
CREATE OR REPLACE FUNCTION passerelle_invoice_rollup_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."fundingId" IS NULL THEN
    UPDATE "CompanySpendingMonth" SET "totalInclTaxCents" = "totalInclTaxCents" - OLD."totalInclTaxCents"
    WHERE "organizationId" = OLD."organizationId" AND "companyId" = OLD."companyId" AND "month" = date_trunc('month', OLD."issueDate")::date;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."fundingId" IS NULL THEN
    INSERT INTO "CompanySpendingMonth" AS m ("organizationId", "companyId", "month", "totalInclTaxCents")
    VALUES (NEW."organizationId", NEW."companyId", date_trunc('month', NEW."issueDate")::date, NEW."totalInclTaxCents")
    ON CONFLICT ("organizationId", "companyId", "month") DO UPDATE SET "totalInclTaxCents" = m."totalInclTaxCents" + EXCLUDED."totalInclTaxCents";
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER "Invoice_rollup" ON "Invoice";
CREATE TRIGGER "Invoice_rollup" AFTER INSERT OR DELETE OR UPDATE OF "organizationId", "companyId", "issueDate", "totalInclTaxCents", "fundingId" ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION passerelle_invoice_rollup_trigger();

CREATE OR REPLACE FUNCTION passerelle_rebuild_dashboard_rollups() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "Attendance", "Enrolment", "Slot", "Invoice" IN SHARE MODE;
  DELETE FROM "CompanyAttendanceMonth";
  DELETE FROM "CompanyTrainedParticipant";
  DELETE FROM "CompanySpendingMonth";
  INSERT INTO "CompanyAttendanceMonth" ("organizationId", "companyId", "month", "present", "late", "absent", "excused", "attendedSeconds")
  SELECT a."organizationId", a."companyId", date_trunc('month', s."startsAt")::date,
         count(*) FILTER (WHERE a."status" = 'PRESENT'), count(*) FILTER (WHERE a."status" = 'LATE'),
         count(*) FILTER (WHERE a."status" = 'ABSENT'), count(*) FILTER (WHERE a."status" = 'EXCUSED'),
         coalesce(sum(round(EXTRACT(EPOCH FROM (s."endsAt" - s."startsAt")))) FILTER (WHERE a."status" IN ('PRESENT', 'LATE')), 0)
  FROM "Attendance" a
  JOIN "Slot" s ON s."id" = a."slotId"
  JOIN "Enrolment" e ON e."id" = a."enrolmentId" AND e."companyId" = a."companyId" AND e."status" <> 'CANCELLED'
  GROUP BY 1, 2, 3;
  INSERT INTO "CompanyTrainedParticipant" ("organizationId", "companyId", "year", "participantId", "attendedSlots")
  SELECT a."organizationId", a."companyId", EXTRACT(YEAR FROM s."startsAt")::int, e."participantId", count(*)
  FROM "Attendance" a
  JOIN "Slot" s ON s."id" = a."slotId"
  JOIN "Enrolment" e ON e."id" = a."enrolmentId" AND e."companyId" = a."companyId" AND e."status" <> 'CANCELLED'
  WHERE a."status" IN ('PRESENT', 'LATE') AND e."participantId" IS NOT NULL
  GROUP BY 1, 2, 3, 4;
  INSERT INTO "CompanySpendingMonth" ("organizationId", "companyId", "month", "totalInclTaxCents")
  SELECT "organizationId", "companyId", date_trunc('month', "issueDate")::date, sum("totalInclTaxCents")
  FROM "Invoice" WHERE "fundingId" IS NULL GROUP BY 1, 2, 3;
END $$;

SELECT passerelle_rebuild_dashboard_rollups();
