// Worksheet.Hyperlinks of the in-memory WPS: Add(Anchor, Address, SubAddress, ScreenTip, TextToDisplay)
// as Excel's VBA model takes it. The anchor is a range of this sheet; Address is required (a URL, or ''
// for a place in the workbook); SubAddress is a reference Excel can follow — a cell or range on a sheet
// of this workbook, the sheet name quoted as Excel writes it ('Sheet name'!A7), not the xlsx file's
// '#Sheet!A7'; the texts are strings. Without TextToDisplay a cell that has a value keeps it; an empty
// one shows the link's address.
import type { EtHyperlinks, EtRange } from '../../addin/wps/et-types';
import { HyperlinkModel, linkable, putHyperlink, referenceProblem } from '../excel-host/hyperlinks';
import { SheetModel } from '../excel-host/workbook';
import { comError } from './com-error';
import { checkWritable, RangeObject } from './range';
import { WpsState } from './state';

function optionalText(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw comError('Hyperlinks.Add: ' + name + ' must be a string, got ' + String(v));
  return v;
}

export class HyperlinksObject implements EtHyperlinks {
  constructor(
    private readonly state: WpsState,
    private readonly sheet: SheetModel,
    private readonly unwrap: (o: object) => RangeObject | undefined,
  ) {}

  Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): HyperlinkModel {
    checkWritable(this.state, this.sheet);
    const range = anchor && typeof anchor === 'object' ? this.unwrap(anchor as object) : undefined;
    if (!range) throw comError('Hyperlinks.Add: Anchor must be a Range');
    if (range._sheet !== this.sheet) throw comError('Hyperlinks.Add: the Anchor is on another sheet');
    if (!linkable(range._rect)) throw comError('Hyperlinks.Add: the Anchor is larger than this host emulates');
    if (typeof address !== 'string') throw comError('Hyperlinks.Add: Address is required and must be a string');
    const sub = optionalText(subAddress, 'SubAddress');
    const tip = optionalText(screenTip, 'ScreenTip');
    const text = optionalText(textToDisplay, 'TextToDisplay');
    if (address === '' && !sub) throw comError('Hyperlinks.Add: a link needs an Address or a SubAddress');
    const problem = sub ? referenceProblem(this.state.wb, sub) : null;
    if (problem) throw comError('Hyperlinks.Add: SubAddress ' + problem);
    const link: HyperlinkModel = {};
    if (address !== '') link.address = address;
    if (sub) link.documentReference = sub;
    if (tip !== undefined) link.screenTip = tip;
    const x = range._rect;
    const shown = text !== undefined ? text : this.sheet.cell(x.r0, x.c0) ? undefined : address || sub;
    if (shown !== undefined) link.textToDisplay = shown;
    putHyperlink({ sheet: this.sheet, rect: x }, link);
    this.state.wb.revision++;
    return { ...link };
  }
}
