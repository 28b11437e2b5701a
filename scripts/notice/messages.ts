// What the merge says about the notices it writes.
export const NOTICE_MSG = {
  bulletinWritten: (file: string) => '督查通报已写入 ' + file,
  formsWritten: (n: number, dir: string) => '督办通知单 ' + n + ' 份已写入 ' + dir,
  noForms: '没有逾期或临期的事项，未生成督办通知单',
  staleForms: (dir: string, names: string[]) =>
    '提示：文件夹“' + dir + '”中还有以前生成的督办通知单，本次没有对应的逾期或临期事项，请勿误发：' + names.join('、'),
  dirFailed: (dir: string, why: string) => '无法创建督办通知单文件夹“' + dir + '”：' + why,
  sameFile: (a: string, b: string) => a + ' 与 ' + b + ' 不能是同一个文件',
};
