-- CreateTable
CREATE TABLE "CompanyAttendanceMonth" (
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "present" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "absent" INTEGER NOT NULL DEFAULT 0,
    "excused" INTEGER NOT NULL DEFAULT 0,
    "attendedSeconds" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CompanyAttendanceMonth_pkey" PRIMARY KEY ("organizationId","companyId","month")
);

-- CreateTable
CREATE TABLE "CompanyTrainedParticipant" (
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "participantId" TEXT NOT NULL,
    "attendedSlots" INTEGER NOT NULL,

    CONSTRAINT "CompanyTrainedParticipant_pkey" PRIMARY KEY ("organizationId","companyId","year","participantId")
);

-- CreateTable
CREATE TABLE "CompanySpendingMonth" (
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "totalInclTaxCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CompanySpendingMonth_pkey" PRIMARY KEY ("organizationId","companyId","month")
);

-- The rollups are kept by triggers, in the transaction of the write that changes them, whatever writes
-- (Prisma, the seed, raw SQL). An attendance record counts while its slot and its seat both exist, the
-- seat is of the record's company and not cancelled. A parent's deletion subtracts its records before
-- the cascade removes them: by then the other parent, or this one, is gone and the record's own trigger
-- finds nothing to subtract.

-- Adds (sign = 1) or removes (sign = -1) one attendance record's contribution.
CREATE FUNCTION passerelle_rollup_attendance(
  p_org TEXT, p_company TEXT, p_participant TEXT, p_status "AttendanceStatus",
  p_starts TIMESTAMP(3), p_ends TIMESTAMP(3), p_sign INTEGER
) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  v_month DATE := date_trunc('month', p_starts)::date;
  v_attended BOOLEAN := p_status IN ('PRESENT', 'LATE');
  v_seconds BIGINT := CASE WHEN p_status IN ('PRESENT', 'LATE') THEN round(EXTRACT(EPOCH FROM (p_ends - p_starts)))::bigint ELSE 0 END;
  v_year INTEGER := EXTRACT(YEAR FROM p_starts)::int;
BEGIN
  IF p_sign > 0 THEN
    INSERT INTO "CompanyAttendanceMonth" AS m ("organizationId", "companyId", "month", "present", "late", "absent", "excused", "attendedSeconds")
    VALUES (p_org, p_company, v_month,
            (p_status = 'PRESENT')::int, (p_status = 'LATE')::int, (p_status = 'ABSENT')::int, (p_status = 'EXCUSED')::int, v_seconds)
    ON CONFLICT ("organizationId", "companyId", "month") DO UPDATE SET
      "present" = m."present" + EXCLUDED."present", "late" = m."late" + EXCLUDED."late",
      "absent" = m."absent" + EXCLUDED."absent", "excused" = m."excused" + EXCLUDED."excused",
      "attendedSeconds" = m."attendedSeconds" + EXCLUDED."attendedSeconds";
    IF v_attended AND p_participant IS NOT NULL THEN
      INSERT INTO "CompanyTrainedParticipant" AS t ("organizationId", "companyId", "year", "participantId", "attendedSlots")
      VALUES (p_org, p_company, v_year, p_participant, 1)
      ON CONFLICT ("organizationId", "companyId", "year", "participantId") DO UPDATE SET "attendedSlots" = t."attendedSlots" + 1;
    END IF;
  ELSE
    UPDATE "CompanyAttendanceMonth" SET
      "present" = "present" - (p_status = 'PRESENT')::int, "late" = "late" - (p_status = 'LATE')::int,
      "absent" = "absent" - (p_status = 'ABSENT')::int, "excused" = "excused" - (p_status = 'EXCUSED')::int,
      "attendedSeconds" = "attendedSeconds" - v_seconds
    WHERE "organizationId" = p_org AND "companyId" = p_company AND "month" = v_month;
    IF v_attended AND p_participant IS NOT NULL THEN
      UPDATE "CompanyTrainedParticipant" SET "attendedSlots" = "attendedSlots" - 1
      WHERE "organizationId" = p_org AND "companyId" = p_company AND "year" = v_year AND "participantId" = p_participant;
      DELETE FROM "CompanyTrainedParticipant"
      WHERE "organizationId" = p_org AND "companyId" = p_company AND "year" = v_year AND "participantId" = p_participant
        AND "attendedSlots" <= 0;
    END IF;
  END IF;
END $$;

-- One record, looked up through its slot and seat as they are now.
CREATE FUNCTION passerelle_rollup_attendance_row(p_row "Attendance", p_sign INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  v_slot RECORD;
  v_seat RECORD;
BEGIN
  SELECT "startsAt", "endsAt" INTO v_slot FROM "Slot" WHERE "id" = p_row."slotId";
  IF NOT FOUND THEN RETURN; END IF;
  SELECT "companyId", "participantId", "status" INTO v_seat FROM "Enrolment" WHERE "id" = p_row."enrolmentId";
  IF NOT FOUND OR v_seat."status" = 'CANCELLED' OR v_seat."companyId" <> p_row."companyId" THEN RETURN; END IF;
  PERFORM passerelle_rollup_attendance(p_row."organizationId", p_row."companyId", v_seat."participantId", p_row."status",
                                       v_slot."startsAt", v_slot."endsAt", p_sign);
END $$;

CREATE FUNCTION passerelle_attendance_rollup_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM passerelle_rollup_attendance_row(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM passerelle_rollup_attendance_row(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Attendance_rollup" AFTER INSERT OR UPDATE OR DELETE ON "Attendance"
  FOR EACH ROW EXECUTE FUNCTION passerelle_attendance_rollup_trigger();

-- A seat's status, participant or company changes (or the seat goes): its records move with it.
CREATE FUNCTION passerelle_enrolment_rollup_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  v_record RECORD;
BEGIN
  FOR v_record IN
    SELECT a."organizationId", a."companyId", a."status", s."startsAt", s."endsAt"
    FROM "Attendance" a JOIN "Slot" s ON s."id" = a."slotId" WHERE a."enrolmentId" = OLD."id"
  LOOP
    IF OLD."status" <> 'CANCELLED' AND OLD."companyId" = v_record."companyId" THEN
      PERFORM passerelle_rollup_attendance(v_record."organizationId", v_record."companyId", OLD."participantId", v_record."status",
                                           v_record."startsAt", v_record."endsAt", -1);
    END IF;
    IF TG_OP = 'UPDATE' AND NEW."status" <> 'CANCELLED' AND NEW."companyId" = v_record."companyId" THEN
      PERFORM passerelle_rollup_attendance(v_record."organizationId", v_record."companyId", NEW."participantId", v_record."status",
                                           v_record."startsAt", v_record."endsAt", 1);
    END IF;
  END LOOP;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER "Enrolment_rollup_update" AFTER UPDATE OF "status", "participantId", "companyId" ON "Enrolment"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."participantId" IS DISTINCT FROM NEW."participantId"
                     OR OLD."companyId" IS DISTINCT FROM NEW."companyId")
  EXECUTE FUNCTION passerelle_enrolment_rollup_trigger();
CREATE TRIGGER "Enrolment_rollup_delete" BEFORE DELETE ON "Enrolment"
  FOR EACH ROW EXECUTE FUNCTION passerelle_enrolment_rollup_trigger();

-- A slot's times change (the hours and the month move) or the slot goes.
CREATE FUNCTION passerelle_slot_rollup_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  v_record RECORD;
BEGIN
  FOR v_record IN
    SELECT a."organizationId", a."companyId", a."status", e."participantId"
    FROM "Attendance" a JOIN "Enrolment" e ON e."id" = a."enrolmentId"
    WHERE a."slotId" = OLD."id" AND e."status" <> 'CANCELLED' AND e."companyId" = a."companyId"
  LOOP
    PERFORM passerelle_rollup_attendance(v_record."organizationId", v_record."companyId", v_record."participantId", v_record."status",
                                         OLD."startsAt", OLD."endsAt", -1);
    IF TG_OP = 'UPDATE' THEN
      PERFORM passerelle_rollup_attendance(v_record."organizationId", v_record."companyId", v_record."participantId", v_record."status",
                                           NEW."startsAt", NEW."endsAt", 1);
    END IF;
  END LOOP;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER "Slot_rollup_update" AFTER UPDATE OF "startsAt", "endsAt" ON "Slot"
  FOR EACH ROW WHEN (OLD."startsAt" IS DISTINCT FROM NEW."startsAt" OR OLD."endsAt" IS DISTINCT FROM NEW."endsAt")
  EXECUTE FUNCTION passerelle_slot_rollup_trigger();
CREATE TRIGGER "Slot_rollup_delete" BEFORE DELETE ON "Slot"
  FOR EACH ROW EXECUTE FUNCTION passerelle_slot_rollup_trigger();

-- Spending: every invoice and credit note by month of issue.
CREATE FUNCTION passerelle_invoice_rollup_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "CompanySpendingMonth" SET "totalInclTaxCents" = "totalInclTaxCents" - OLD."totalInclTaxCents"
    WHERE "organizationId" = OLD."organizationId" AND "companyId" = OLD."companyId" AND "month" = date_trunc('month', OLD."issueDate")::date;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "CompanySpendingMonth" AS m ("organizationId", "companyId", "month", "totalInclTaxCents")
    VALUES (NEW."organizationId", NEW."companyId", date_trunc('month', NEW."issueDate")::date, NEW."totalInclTaxCents")
    ON CONFLICT ("organizationId", "companyId", "month") DO UPDATE SET "totalInclTaxCents" = m."totalInclTaxCents" + EXCLUDED."totalInclTaxCents";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Invoice_rollup" AFTER INSERT OR DELETE OR UPDATE OF "organizationId", "companyId", "issueDate", "totalInclTaxCents" ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION passerelle_invoice_rollup_trigger();

-- Recomputes every rollup from the raw rows: the backfill below, and bulk loads that ran with triggers off
-- (bench/generate.ts). Takes the tables' write locks so no write slips between the wipe and the sums.
CREATE FUNCTION passerelle_rebuild_dashboard_rollups() RETURNS VOID LANGUAGE plpgsql AS $$
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
  FROM "Invoice" GROUP BY 1, 2, 3;
END $$;

SELECT passerelle_rebuild_dashboard_rollups();
