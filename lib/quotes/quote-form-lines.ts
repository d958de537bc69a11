/** Rows of lines the quote form offers; an empty row is ignored. */
export const QUOTE_FORM_LINES = 5;
