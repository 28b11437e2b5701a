// Errors of the WPS adapter, with the codes the pane already explains (pane/error-text.ts speaks
// Office.js's codes). What WPS itself throws keeps its message.

export function hostError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string };
  e.code = code;
  return e;
}

/**
 * Runs a piece of synchronous WPS work as one host-interface call. It starts on a later turn, so the
 * pane draws its busy state first; a throw becomes the promise's rejection.
 */
export function wpsCall<T>(work: () => T): Promise<T> {
  return Promise.resolve().then(work);
}
