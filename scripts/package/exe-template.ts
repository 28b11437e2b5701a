// The template command inside the executable, with the add-in's manifest it carries; loaded only
// when asked for, so a merge starts without it.
import { getAsset } from 'node:sea';
import { main } from '../template';
import { MANIFEST_ASSET } from './assets';

/** `word` is how the user named the command (template or 模板), for the usage lines. */
export function runTemplate(argv: string[], exeCommand: string, word: string): number {
  return main(argv, undefined, process.cwd(), { command: exeCommand + ' ' + word, manifest: getAsset(MANIFEST_ASSET, 'utf8') });
}
