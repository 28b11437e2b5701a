// Compile-time check that every member addin/wps/et-types.ts declares (and so every member the adapter
// and this host use) is one WPS's own declarations (the `wps-jsapi` package, generated from WPS's type
// library) name too: a misspelt or invented member fails `tsc -p .`. Only names are compared — that
// package types many of them wrongly, which is why the add-in does not use it.
/// <reference types="wps-jsapi" />
import type * as Declared from '../../addin/wps/et-types';

type Extra<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs>;
type None<T extends never> = T;

export type DeclaredChecks = [
  None<Extra<Declared.EtApplication, Et.EtApplication>>,
  None<Extra<Declared.EtWorkbook, Et.EtWorkbook>>,
  None<Extra<Declared.EtSheets, Et.EtSheets>>,
  None<Extra<Declared.EtWorksheet, Et.EtWorksheet>>,
  None<Extra<Declared.EtRange, Et.EtRange>>,
  None<Extra<Declared.EtValidation, Et.EtValidation>>,
  None<Extra<Declared.EtFormatConditions, Et.EtFormatConditions>>,
  None<Extra<Declared.EtFormatCondition, Et.EtFormatCondition>>,
  None<Extra<Declared.EtFont, Et.EtFont>>,
  None<Extra<Declared.EtRangeFont, Et.EtFont>>,
  None<Extra<Declared.EtInterior, Et.EtInterior>>,
  None<Extra<Declared.EtNames, Et.EtNames>>,
  None<Extra<Declared.EtName, Et.EtName>>,
  None<Extra<Declared.EtWindow, Et.EtWindow>>,
  None<Extra<Declared.EtHyperlinks, Et.EtHyperlinks>>,
  None<Extra<Declared.EtPageSetup, Et.EtPageSetup>>,
  None<Extra<Declared.DocumentProperties, Kso.KsoDocumentProperties>>,
  None<Extra<Declared.DocumentProperty, Kso.KsoDocumentProperty>>,
  None<Extra<Declared.EtApplication['LanguageSettings'], Kso.KsoLanguageSettings>>,
  // What WPS adds for a JS add-in is declared on the `wps` namespace there.
  None<Extra<Declared.WpsTaskPane, wps.CustomTaskpane>>,
  None<Exclude<'CreateTaskPane' | 'GetTaskPane' | 'PluginStorage', keyof typeof wps>>,
];
