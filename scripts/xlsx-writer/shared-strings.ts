// The shared string table. Chosen over inline strings because ledger reports repeat the same
// department, status, person and light values thousands of times: each repeat costs a short index
// instead of the whole escaped text, so the sheet XML is smaller and deflates faster, and each
// distinct string is escaped once.
import { ByteWriter } from './bytes';
import { Pool } from './pool';
import { XML_DECL, escapeCellText, needsPreserve } from './xml';

export class SharedStrings {
  private readonly pool = new Pool();
  private refs = 0;

  /** Index of `s` in the table, adding it on first use. */
  id(s: string): number {
    this.refs++;
    return this.pool.id(s);
  }

  /** Writes the table's XML to `out` (and ends it). */
  write(out: ByteWriter): void {
    out.text(XML_DECL);
    out.ascii(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${this.pool.items.length}">`,
    );
    for (const s of this.pool.items) {
      out.ascii(needsPreserve(s) ? '<si><t xml:space="preserve">' : '<si><t>');
      out.text(escapeCellText(s));
      out.ascii('</t></si>');
      out.spill();
    }
    out.ascii('</sst>');
    out.end();
  }
}
