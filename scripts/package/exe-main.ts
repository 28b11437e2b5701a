// The entry of the single-file executables (整改台账合并): the merge command for clerks who have
// no Node. Files or a folder dropped on it are its arguments; double-clicked, it merges its own folder.
import * as path from 'path';
import { main, unexpectedError } from '../merge';
import { msg } from '../messages';
import { ownsConsoleWindow } from './console-window';

function waitForEnter(): void {
  process.stdout.write(msg.pressEnter);
  process.stdin.resume();
  process.stdin.once('data', () => process.stdin.pause());
}

async function run(): Promise<void> {
  // Read before anything writes to the console: the title is the window's, as Explorer set it.
  const ownWindow = ownsConsoleWindow({
    platform: process.platform,
    stdinIsTTY: !!process.stdin.isTTY,
    consoleTitle: process.title,
    execPath: process.execPath,
  });
  const exe = { folder: path.dirname(process.execPath), command: path.basename(process.execPath) };
  const argv = process.argv.slice(2);
  try {
    process.exitCode = await main(argv, undefined, process.cwd(), exe);
  } catch (e) {
    // main reports its own errors; this catches only what escapes it, the same way.
    process.exitCode = unexpectedError(e, argv);
  }
  if (ownWindow) waitForEnter();
}

void run();
