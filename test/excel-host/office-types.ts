// The host's public surface, typed as @types/office-js declares office.js. Tests and the preview reach the
// host through these types, so a call Excel does not have fails to compile instead of passing here.
// The checks at the end go the other way: each proxy class may have no public member office.js lacks
// (members starting with '_' are the host's own plumbing).
import {
  CellValueConditionalFormat,
  ConditionalFormat,
  ConditionalFormatCollection,
  ConditionalFormatRule,
  ConditionalRangeFill,
  ConditionalRangeFont,
  ConditionalRangeFormat,
  CustomConditionalFormat,
} from './conditional-format-proxy';
import { DataValidation } from './data-validation';
import { RangeFill, RangeFont, RangeFormat } from './format';
import { RequestContext } from './office';
import { ClientResult } from './proxy';
import { Range, RangeAreas, RangeCollection } from './range';
import { DocumentSettings } from './settings';
import { Workbook } from './workbook-proxy';
import { AutoFilter, Worksheet, WorksheetCollection, WorksheetFreezePanes } from './worksheet';
import { PageLayout } from './page-layout';

/** The Office namespace as far as this host provides it. */
export interface HostOffice extends Pick<
  typeof Office,
  'onReady' | 'HostType' | 'PlatformType' | 'AsyncResultStatus' | 'CoercionType' | 'EventType'
> {
  initialize: ((reason: Office.InitializationReason) => void) | undefined;
  context: Pick<Office.Context, 'host' | 'platform' | 'displayLanguage' | 'contentLanguage' | 'diagnostics' | 'requirements'> & {
    document: Pick<Office.Document, 'settings' | 'mode' | 'url'>;
  };
}

/** The Excel namespace as far as this host provides it. */
export type HostExcel = Pick<
  typeof Excel,
  | 'run'
  | 'RequestContext'
  | 'ErrorCodes'
  | 'ConditionalFormatType'
  | 'ConditionalCellValueOperator'
  | 'DataValidationType'
  | 'DataValidationOperator'
  | 'DataValidationAlertStyle'
  | 'SheetVisibility'
  | 'ClearApplyTo'
  | 'HorizontalAlignment'
  | 'RangeValueType'
>;

/** The OfficeExtension namespace as far as this host provides it. */
export type HostOfficeExtension = Pick<typeof OfficeExtension, 'Error' | 'ErrorCodes' | 'ClientResult' | 'config'>;

type Members<T> = Exclude<keyof T, `_${string}`>;
/** Public members of a host class that office.js does not declare on its counterpart. */
export type Extra<Host, Declared> = Exclude<Members<Host>, keyof Declared>;
/** Fails to compile unless T is never, naming the offending members in the error. */
export type None<T extends never> = T;

export type SurfaceChecks = [
  None<Extra<RequestContext, Excel.RequestContext>>,
  None<Extra<Workbook, Excel.Workbook>>,
  None<Extra<WorksheetCollection, Excel.WorksheetCollection>>,
  None<Extra<Worksheet, Excel.Worksheet>>,
  // office.js gives WorksheetFreezePanes no load() (it has no properties); the host's inherited one is
  // out of reach of callers typed against office.js.
  None<Exclude<Extra<WorksheetFreezePanes, Excel.WorksheetFreezePanes>, 'load'>>,
  None<Extra<AutoFilter, Excel.AutoFilter>>,
  None<Extra<PageLayout, Excel.PageLayout>>,
  None<Extra<Range, Excel.Range>>,
  None<Extra<RangeAreas, Excel.RangeAreas>>,
  None<Extra<RangeCollection, Excel.RangeCollection>>,
  None<Extra<RangeFormat, Excel.RangeFormat>>,
  None<Extra<RangeFont, Excel.RangeFont>>,
  None<Extra<RangeFill, Excel.RangeFill>>,
  None<Extra<DataValidation, Excel.DataValidation>>,
  None<Extra<ConditionalFormatCollection, Excel.ConditionalFormatCollection>>,
  None<Extra<ConditionalFormat, Excel.ConditionalFormat>>,
  None<Extra<CustomConditionalFormat, Excel.CustomConditionalFormat>>,
  None<Extra<ConditionalFormatRule, Excel.ConditionalFormatRule>>,
  None<Extra<CellValueConditionalFormat, Excel.CellValueConditionalFormat>>,
  None<Extra<ConditionalRangeFormat, Excel.ConditionalRangeFormat>>,
  None<Extra<ConditionalRangeFill, Excel.ConditionalRangeFill>>,
  None<Extra<ConditionalRangeFont, Excel.ConditionalRangeFont>>,
  None<Extra<ClientResult<number>, OfficeExtension.ClientResult<number>>>,
  None<Extra<DocumentSettings, Office.Settings>>,
];
