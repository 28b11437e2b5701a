// `docx` inside the executable (the bundle resolves the name here): its build is an asset, not
// part of the script, so a merge without notices starts without parsing a megabyte it never runs.
import { getAsset } from 'node:sea';
import * as vm from 'vm';
import { DOCX_ASSET } from './assets';

function load(): unknown {
  const module = { exports: {} };
  // The build needs no require(): it bundles its own dependencies.
  const init = vm.compileFunction(getAsset(DOCX_ASSET, 'utf8'), ['exports', 'module'], { filename: DOCX_ASSET });
  init(module.exports, module);
  return module.exports;
}

export = load();
