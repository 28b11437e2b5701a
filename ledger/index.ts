// The ledger core's public API: hosts (scripts, add-in) import from here only.
export * from './types';
export * from './schema';
export * from './cells';
export * from './text';
export * from './header';
export * from './read';
export * from './checks';
export * from './department';
export * from './days';
export * from './deadline';
export * from './status';
export * from './lights';
export * from './stats';
export * from './reminder';
export * from './config';
export * from './excel-rules';
