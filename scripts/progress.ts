// A one-line progress display on stderr, for long runs on a terminal only
// (never in logs or pipes, where it would be noise).
import { msg, oneLine } from './messages';

const MIN_FILES = 10;

export interface Progress {
  file(index: number, total: number, name: string): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < MIN_FILES) return { file: () => undefined, done: () => undefined };
  let shown = false;
  const width = Math.max(20, (stream.columns || 80) - 1);
  return {
    file(index, count, name) {
      let line = oneLine(msg.progress(index, count, name));
      if (line.length > width / 2) line = line.slice(0, Math.floor(width / 2)) + '…'; // CJK is double width
      stream.write('\r\x1b[K' + line);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
