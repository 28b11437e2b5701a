// The programs the tests drive (a browser, LibreOffice, poppler, Wine, qemu), found the way `npm test`'s
// set-up step finds them (test/setup/tools.js), so no test hard-codes a path.
import * as path from 'path';
import { repoRoot } from './repo-root';

export type ToolName = 'browser' | 'soffice' | 'pdftotext' | 'pdfinfo' | 'pdftoppm' | 'wine' | 'qemuAarch64' | 'arm64Sysroot' | 'script';

interface ToolsModule {
  findTool(name: ToolName): string | null;
  missingMessage(names: ToolName[], platform: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript the set-up step runs before any build
const setup = require(path.join(repoRoot(__dirname), 'test', 'setup', 'tools.js')) as ToolsModule;
const found: { [name: string]: string } = {};

/** The tool's path; throws the set-up step's message (what to install) when it is not here. */
export function toolPath(name: ToolName): string {
  if (!found[name]) {
    const p = setup.findTool(name);
    if (!p) throw new Error(setup.missingMessage([name], process.platform));
    found[name] = p;
  }
  return found[name];
}
