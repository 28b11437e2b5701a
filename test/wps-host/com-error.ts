// What WPS throws when the object model refuses a call: an Error with a COM error's message and number
// (0x800A03EC, Excel's "application-defined or object-defined error"), no Office.js code.
export const COM_ERROR_NUMBER = -2146827284;

export function comError(message: string): Error {
  const e = new Error(message) as Error & { number: number };
  e.number = COM_ERROR_NUMBER;
  return e;
}
