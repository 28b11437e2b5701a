// A department file that cannot be merged, and why.

/** A file that cannot be read; `message` is Chinese and names no file (the caller adds it). */
export class WorkbookReadError extends Error {}
