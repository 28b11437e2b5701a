// Worksheet names: Excel and WPS compare them case-insensitively and refuse duplicates.

/** name, or "name (2)", "name (3)" … — the first that no sheet in `taken` uses. */
export function uniqueSheetName(name: string, taken: string[]): string {
  const used: { [key: string]: boolean } = {};
  for (let i = 0; i < taken.length; i++) used['#' + taken[i].toLowerCase()] = true;
  if (!used['#' + name.toLowerCase()]) return name;
  let n = 2;
  while (used['#' + (name + ' (' + n + ')').toLowerCase()]) n++;
  return name + ' (' + n + ')';
}
