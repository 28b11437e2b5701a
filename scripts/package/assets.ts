// The files the executables carry beside their script (Node's single-executable assets), by the
// key the script reads them with (node:sea's getAsset).

/** docx's self-contained CommonJS build: compiled only when notices are asked for. */
export const DOCX_ASSET = 'docx.cjs';

/** The add-in's manifest, for the add-in's id and version in a template's settings. */
export const MANIFEST_ASSET = 'manifest.xml';
