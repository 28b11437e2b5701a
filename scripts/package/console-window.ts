// Whether the executable was started in a console window of its own, which closes when it exits.

export interface Launch {
  platform: string;
  stdinIsTTY: boolean;
  /** The console window's title (process.title reads it on Windows). */
  consoleTitle: string;
  execPath: string;
}

/**
 * Started from Explorer (double-click, or files dropped on it), a console program gets a console
 * window of its own, titled with the program's path, that closes the moment it exits; in cmd,
 * PowerShell or Windows Terminal the title is the shell's. Only then is the clerk asked to press
 * Enter, so scripts and terminals never wait.
 */
export function ownsConsoleWindow(launch: Launch): boolean {
  if (launch.platform !== 'win32' || !launch.stdinIsTTY) return false;
  const norm = (p: string) => p.trim().replace(/^"|"$/g, '').toLowerCase();
  return norm(launch.consoleTitle) === norm(launch.execPath);
}
