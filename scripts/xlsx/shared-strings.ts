// The shared string table. Chosen over inline strings because ledger reports repeat the same
// department, status, person and light values thousands of times: each repeat costs a short index
// instead of the whole escaped text, so the sheet XML is smaller and deflates faster, and each
// distinct string is escaped once.
import { XML_DECL, escapeCellText, needsPreserve } from './xml';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private refs = 0;

  /** Index of `s` in the table, adding it on first use. */
  id(s: string): number {
    this.refs++;
    let id = this.index.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.index.set(s, id);
      this.list.push(s);
    }
    return id;
  }

  toXml(): string {
    const out: string[] = [XML_DECL,
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${this.list.length}">`];
    for (const s of this.list) {
      out.push(needsPreserve(s) ? `<si><t xml:space="preserve">${escapeCellText(s)}</t></si>` : `<si><t>${escapeCellText(s)}</t></si>`);
    }
    out.push('</sst>');
    return out.join('');
  }
}
