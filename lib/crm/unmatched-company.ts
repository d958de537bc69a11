/** What a company picker submits when its text names no company of the list: refused, never read as "none". */
export const UNMATCHED_COMPANY = "-";
