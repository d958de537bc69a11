import type { BadgeTone } from "./badge";

// One tone per status, per family: the same status reads the same everywhere it is shown.

export const attendanceTone: Record<string, BadgeTone> = {
  PRESENT: "success",
  LATE: "warning",
  ABSENT: "danger",
  EXCUSED: "info",
  NOT_RECORDED: "neutral",
};

export const actionStatusTone: Record<string, BadgeTone> = {
  SCHEDULED: "info",
  IN_PROGRESS: "warning",
  COMPLETED: "success",
  CANCELLED: "danger",
  DRAFT: "neutral",
};

export const invoiceStatusTone: Record<string, BadgeTone> = {
  PAID: "success",
  PARTLY_PAID: "warning",
  UNPAID: "neutral",
  OVERDUE: "danger",
  CANCELLED: "neutral",
};

export const accessStatusTone: Record<string, BadgeTone> = {
  ACTIVE: "success",
  INVITED: "warning",
  REVOKED: "neutral",
  NONE: "outline",
};

export const emailStatusTone: Record<string, BadgeTone> = {
  PENDING: "warning",
  SENT: "success",
  FAILED: "danger",
};

export const documentStatusTone: Record<string, BadgeTone> = {
  to_sign: "warning",
  signed: "success",
  expired: "danger",
  cancelled: "neutral",
  other: "info",
};

export const orderStatusTone: Record<string, BadgeTone> = {
  PENDING: "warning",
  CONFIRMED: "success",
  DECLINED: "danger",
  CANCELLED: "neutral",
};

export const intraRequestStatusTone: Record<string, BadgeTone> = {
  RECEIVED: "info",
  IN_STUDY: "warning",
  PROPOSAL_SENT: "info",
  ACCEPTED: "success",
  DECLINED: "danger",
};
