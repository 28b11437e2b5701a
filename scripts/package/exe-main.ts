// The entry of the single-file executables (整改台账合并): the merge command for clerks who have
// no Node. Files or a folder dropped on it are its arguments; double-clicked, it merges its own folder.
// A first argument `template` (or 模板) makes it the template command instead.
import * as path from 'path';
import { main, unexpectedError } from '../merge';
import { EXE_TEMPLATE_WORDS, msg } from '../messages';
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
    if (argv.length > 0 && EXE_TEMPLATE_WORDS.indexOf(argv[0]) >= 0) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a merge starts without the template command
      const { runTemplate } = require('./exe-template') as typeof import('./exe-template');
      process.exitCode = runTemplate(argv.slice(1), exe.command, argv[0]);
    } else process.exitCode = await main(argv, undefined, process.cwd(), exe);
  } catch (e) {
    // main reports its own errors; this catches only what escapes it, the same way.
    process.exitCode = unexpectedError(e, argv);
  }
  if (ownWindow) waitForEnter();
}

void run();
