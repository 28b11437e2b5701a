// Errors shaped like OfficeExtension.Error, so adapter code can branch on `.code` as it does in Office.

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  valueNotLoaded: 'ValueNotLoaded',
};

export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, location?: string) {
    super(message);
    // Office names these 'RichApi.Error'; restoring the prototype keeps instanceof working after downlevelling.
    Object.setPrototypeOf(this, HostError.prototype);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export function hostError(code: string, message: string, location?: string): HostError {
  return new HostError(code, message, location);
}
