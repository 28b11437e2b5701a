// The language of WPS's own user interface, for the pane's: LanguageSettings gives a Windows LCID
// (2052 Chinese, 1033 English …); the page's language when WPS does not say.
import { EtApplication, MSO_LANGUAGE_ID_UI } from './et-types';

/** 'zh-CN' for Chinese (every Chinese LCID ends in 0x04), 'en' for any other language WPS names. */
export function wpsLanguage(app: EtApplication, fallback: string): string {
  let lcid: number;
  try {
    lcid = Number(app.LanguageSettings.LanguageID(MSO_LANGUAGE_ID_UI));
  } catch {
    return fallback;
  }
  if (!(lcid > 0)) return fallback;
  return (lcid & 0x3ff) === 0x04 ? 'zh-CN' : 'en';
}
