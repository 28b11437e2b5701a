// The benchmark's floor, run as its own process: SheetJS reads every input
// and writes one plain workbook of all their rows. Prints {ms, readMs, maxRssKb} as JSON.
// Usage: node floor.js <out.xlsx> <input...>
import * as fs from 'fs';
import * as XLSX from 'xlsx';

function main(): void {
  const [out, ...inputs] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  const all: unknown[][] = [];
  for (const file of inputs) {
    // The same read options as the merge (dense, raw values), so the floor is as low as SheetJS goes.
    const wb = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true, cellDates: false, cellText: false, cellNF: false });
    for (const name of wb.SheetNames) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1, raw: true });
      for (const r of rows) all.push(r);
    }
  }
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(all, { dense: true }), '汇总');
  XLSX.writeFile(book, out);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, readMs, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

main();
