// The status line for a failed action. The host's own messages are not meant for end users (and
// Office's debug messages are English), so known error codes get a message of ours; others keep the
// code for support. Hosts report errors with Office.js's codes.
import { MessageKey, t } from '../i18n';

/** Error codes a clerk can act on, by what to do about them. */
const ERROR_KEYS: { [code: string]: MessageKey } = {
  AccessDenied: 'errorAccessDenied',
  InvalidOperationInCellEditMode: 'errorCellEditMode',
  ItemNotFound: 'errorItemNotFound',
  ApiNotFound: 'errorUnsupported',
  NotImplemented: 'errorUnsupported',
  UnsupportedFeature: 'errorUnsupported',
  UnsupportedOperation: 'errorUnsupported',
  RequestPayloadSizeLimitExceeded: 'errorTooLarge',
  ResponsePayloadSizeLimitExceeded: 'errorTooLarge',
};

export function errorText(e: unknown): string {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_KEYS, code))
    return t('errorGeneric', { message: t(ERROR_KEYS[code]) });
  const message =
    e && typeof e === 'object' && (e as { message?: unknown }).message ? String((e as { message?: unknown }).message) : String(e);
  return (
    t('errorGeneric', { message: message }) + (typeof code === 'string' && message.indexOf(code) < 0 ? t('errorCode', { code: code }) : '')
  );
}
