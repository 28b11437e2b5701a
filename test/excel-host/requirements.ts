// Requirement sets: which ExcelApi version the emulated Excel supports, compared as major.minor integers.

export type ApiVersion = '1.1' | '1.6' | '1.8' | '1.9' | 'latest';

/** The newest ExcelApi set this host claims when asked for 'latest'. */
const LATEST_MINOR = 17;

interface Version {
  major: number;
  minor: number;
}

function parseVersion(v: string): Version | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(v.trim());
  return m ? { major: parseInt(m[1], 10), minor: m[2] ? parseInt(m[2], 10) : 0 } : null;
}

/** ExcelApi minor version supported, e.g. 8 for '1.8'. */
export function supportedMinor(apiVersion: ApiVersion): number {
  if (apiVersion === 'latest') return LATEST_MINOR;
  return (parseVersion(apiVersion) as Version).minor;
}

/** Common (non-Excel) sets that every host here has, at version 1.1. */
const COMMON_SETS = ['settings', 'selection', 'documentevents'];

export function isSetSupported(supported: number, name: string, minVersion?: string | number): boolean {
  const set = String(name).toLowerCase();
  const wanted =
    minVersion === undefined || minVersion === null || minVersion === '' ? { major: 1, minor: 1 } : parseVersion(String(minVersion));
  if (!wanted) return false;
  if (set === 'excelapi') return wanted.major < 1 || (wanted.major === 1 && wanted.minor <= supported);
  if (COMMON_SETS.indexOf(set) >= 0) return wanted.major < 1 || (wanted.major === 1 && wanted.minor <= 1);
  return false;
}

/** 'ExcelApi 1.6' style label for error messages. */
export function setLabel(minor: number): string {
  return 'ExcelApi 1.' + minor;
}
