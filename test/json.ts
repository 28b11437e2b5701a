/**
 * A report's JSON as the tests read it: parsed text whose shape each assertion states where it reads it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON; asserts check the values
export type Json = { [key: string]: any };
