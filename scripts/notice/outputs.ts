// The notices a merge writes on request (--notice, --notices-dir), as outputs for the merge's
// all-or-nothing write. The Word library is loaded here only, so a merge without notices
// never pays for it.
import * as fs from 'fs';
import * as path from 'path';
import { OutputFile, ReportWriteError } from '../atomic-write';
import { pathKey } from '../find-inputs';
import { ReportModel } from '../report-model';
import { bulletinSpec } from './bulletin';
import { NoticeConfig } from '../../ledger/notice-config';
import { FORM_FILE_SUFFIX, formFileNames } from './file-names';
import { formSpecs } from './form';
import { NOTICE_MSG } from './messages';

export interface NoticeTarget {
  /** Absolute path. */
  path: string;
  /** As the user wrote it, for messages. */
  display: string;
}

export interface NoticeRequest {
  /** The 督查通报 (.docx). */
  bulletin?: NoticeTarget;
  /** The folder for the 督办通知单. */
  dir?: NoticeTarget;
}

export interface NoticeOutputs {
  files: OutputFile[];
  /** What was written, for stdout once the write succeeded. */
  summary: string[];
  /** Older notices in the folder that this run does not replace, for stderr. */
  warnings: string[];
  /** Removes the notices folder again if this run created it (after a failed write). */
  undo: () => void;
}

/** Creates the folder when missing; true when it did. */
function ensureDir(dir: NoticeTarget): boolean {
  if (fs.existsSync(dir.path) && fs.statSync(dir.path).isDirectory()) return false;
  try {
    fs.mkdirSync(dir.path, { recursive: true });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? '同名文件已存在。'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有写入权限。'
          : String(code || e);
    throw new ReportWriteError(NOTICE_MSG.dirFailed(dir.display, why));
  }
}

function removeEmptyDir(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Not empty or already gone: then it is not ours to remove.
  }
}

/** Notices of an earlier run that this one leaves in place: a department no longer late. */
function staleForms(dir: string, written: string[]): string[] {
  const keep = written.map((n) => n.toLowerCase());
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(FORM_FILE_SUFFIX) && keep.indexOf(name.toLowerCase()) < 0)
    .sort();
}

export async function noticeOutputs(model: ReportModel, notice: NoticeConfig, request: NoticeRequest): Promise<NoticeOutputs> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- docx loads only when notices are asked for
  const { renderDocx } = require('./render') as typeof import('./render');
  const out: NoticeOutputs = { files: [], summary: [], warnings: [], undo: () => undefined };
  if (request.bulletin) {
    out.files.push({
      target: request.bulletin.path,
      data: await renderDocx(bulletinSpec(model, notice)),
      display: request.bulletin.display,
    });
    out.summary.push(NOTICE_MSG.bulletinWritten(request.bulletin.display));
  }
  const dir = request.dir;
  if (!dir) return out;
  const forms = formSpecs(model, notice);
  if (forms.length === 0) {
    out.summary.push(NOTICE_MSG.noForms);
    return out;
  }
  const names = formFileNames(forms.map((f) => f.department));
  const bulletinKey = request.bulletin ? pathKey(request.bulletin.path) : '';
  for (let i = 0; i < forms.length; i++) {
    const target = path.join(dir.path, names[i]);
    const display = path.join(dir.display, names[i]);
    if (pathKey(target) === bulletinKey) throw new ReportWriteError(NOTICE_MSG.sameFile('--notice', display));
    out.files.push({ target, data: await renderDocx(forms[i].spec), display });
  }
  const created = ensureDir(dir);
  if (created) out.undo = () => removeEmptyDir(dir.path);
  else {
    const stale = staleForms(dir.path, names);
    if (stale.length > 0) out.warnings.push(NOTICE_MSG.staleForms(dir.display, stale));
  }
  out.summary.push(NOTICE_MSG.formsWritten(forms.length, dir.display));
  return out;
}
