// The entry of the single-file executables (整改台账合并): the merge command for clerks who have
// no Node. Files or a folder dropped on it are its arguments; double-clicked, it merges its own folder.
import * as path from 'path';
import { EXIT_FAILED, main } from '../merge';
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
  try {
    process.exitCode = await main(process.argv.slice(2), undefined, process.cwd(), exe);
  } catch (e) {
    process.stderr.write(String(e instanceof Error && e.stack ? e.stack : e) + '\n');
    process.exitCode = EXIT_FAILED;
  }
  if (ownWindow) waitForEnter();
}

void run();
