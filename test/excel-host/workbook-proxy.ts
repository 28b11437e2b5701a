// The Workbook proxy: worksheets and the selection.
import { ClientObject, NavDefs } from './proxy';
import { Range } from './range';
import { WorkbookModel } from './workbook';
import { WorksheetCollection } from './worksheet';

export class Workbook extends ClientObject<WorkbookModel> {
  _typeName(): string {
    return 'Workbook';
  }
  protected _navs(): NavDefs {
    return { worksheets: [1, (m) => new WorksheetCollection(this._queue, () => this._require(), m)] };
  }
  get worksheets(): WorksheetCollection {
    return this._nav('worksheets');
  }

  getSelectedRange(): Range {
    return this._instantiate(
      'Workbook.getSelectedRange',
      1,
      new Range(
        this._queue,
        () => {
          const s = this._require().activeSheet();
          return { sheet: s, rect: s.selection };
        },
        1,
      ),
    );
  }

  getActiveCell(): Range {
    return this._instantiate(
      'Workbook.getActiveCell',
      7,
      new Range(
        this._queue,
        () => {
          const s = this._require().activeSheet();
          return { sheet: s, rect: { r0: s.selection.r0, c0: s.selection.c0, r1: s.selection.r0, c1: s.selection.c0 } };
        },
        1,
      ),
    );
  }
}
