// In the ET model, as in Excel's VBA, the relative references of a conditional format's or a data
// validation's formula are taken relative to the active cell, not to the range's first cell — when
// written and when read. The core writes its formulas for the range's first cell, so that cell is
// made the active one around each; the user's selection is put back afterwards.
import { EtApplication, EtRange, EtWorksheet } from './et-types';

/** Makes the range's first cell the active cell. */
export function anchorAt(range: EtRange): void {
  range.Item(1, 1).Select();
}

/**
 * Runs `work` on the active sheet with screen updating off, then restores the user's selection and
 * screen updating, also when `work` throws.
 */
export function keepingSelection<T>(app: EtApplication, sheet: EtWorksheet, work: () => T): T {
  const selected = app.ActiveWindow.RangeSelection.Address(false, false);
  app.ScreenUpdating = false;
  try {
    return work();
  } finally {
    try {
      sheet.Range(selected).Select();
    } finally {
      app.ScreenUpdating = true;
    }
  }
}
