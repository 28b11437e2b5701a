// When the Windows executable asks the clerk to press Enter before its window closes.
import * as assert from 'assert';
import { Launch, ownsConsoleWindow } from '../../scripts/package/console-window';

const EXE = 'C:\\Users\\张三\\Desktop\\整改台账合并-win-x64.exe';

function launch(over: Partial<Launch>): Launch {
  return { platform: 'win32', stdinIsTTY: true, consoleTitle: EXE, execPath: EXE, ...over };
}

describe('executable: waiting for Enter before the console window closes', () => {
  it('waits when Explorer opened the window for it (double-click, or files dropped on it)', () => {
    assert.strictEqual(ownsConsoleWindow(launch({})), true);
    assert.strictEqual(ownsConsoleWindow(launch({ consoleTitle: EXE.toUpperCase() })), true);
  });

  it('never waits in cmd, PowerShell or Windows Terminal, whose window shows the shell', () => {
    for (const title of [
      'C:\\WINDOWS\\system32\\cmd.exe - 整改台账合并-win-x64.exe  D:\\台账',
      'Windows PowerShell',
      '管理员: Windows PowerShell',
      'node',
    ]) {
      assert.strictEqual(ownsConsoleWindow(launch({ consoleTitle: title })), false, title);
    }
  });

  it('never waits without a console (a script, a scheduled task, output redirected) or off Windows', () => {
    assert.strictEqual(ownsConsoleWindow(launch({ stdinIsTTY: false })), false);
    assert.strictEqual(ownsConsoleWindow(launch({ platform: 'linux', consoleTitle: '/opt/x', execPath: '/opt/x' })), false);
  });
});
