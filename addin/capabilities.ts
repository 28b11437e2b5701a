// Which Excel features this Excel offers, asked once at run time: volume-licensed Office 2016
// has only ExcelApi 1.1 and Office 2019 up to 1.7, so each feature degrades on its own.

export interface Capabilities {
  /** ExcelApi 1.2: Worksheet.getUsedRange(valuesOnly). */
  usedRangeValuesOnly: boolean;
  /** ExcelApi 1.2: RangeFormat.columnWidth and autofitColumns. */
  columnWidths: boolean;
  /** ExcelApi 1.6: conditional formats. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: frozen panes. */
  freezePanes: boolean;
  /** ExcelApi 1.7: Range.hyperlink. */
  hyperlinks: boolean;
  /** ExcelApi 1.8: data validation. */
  dataValidation: boolean;
  /** ExcelApi 1.9: AutoFilter. */
  autoFilter: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout (paper, orientation, print titles, fit to width). */
  pageLayout: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

/** The features setup writes, in the order the pane reports them. */
export type SetupFeature = 'dataValidation' | 'conditionalFormats' | 'freezePanes' | 'autoFilter';
export const SETUP_FEATURES: SetupFeature[] = ['dataValidation', 'conditionalFormats', 'freezePanes', 'autoFilter'];

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const excel = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v) === true;
    } catch {
      return false;
    }
  };
  return {
    usedRangeValuesOnly: excel('1.2'),
    columnWidths: excel('1.2'),
    conditionalFormats: excel('1.6'),
    freezePanes: excel('1.7'),
    hyperlinks: excel('1.7'),
    dataValidation: excel('1.8'),
    autoFilter: excel('1.9'),
    pageLayout: excel('1.9'),
    mergedAreas: excel('1.13'),
  };
}

/** The capabilities of the running Office (Office.context.requirements). */
export function officeCapabilities(): Capabilities {
  const req = Office.context.requirements;
  return detectCapabilities((name, v) => req.isSetSupported(name, v));
}

export function missingSetupFeatures(caps: { [F in SetupFeature]: boolean }): SetupFeature[] {
  const out: SetupFeature[] = [];
  for (let i = 0; i < SETUP_FEATURES.length; i++) if (!caps[SETUP_FEATURES[i]]) out.push(SETUP_FEATURES[i]);
  return out;
}
