// The DataValidation proxy (ExcelApi 1.8). Rules are stored per rectangle; see validation.ts.
import { ClientObject, PropDefs } from './proxy';
import { RangeTarget } from './range-data';
import {
  ValidationSettings,
  checkAlert,
  checkPrompt,
  checkRule,
  clearValidation,
  clone,
  ruleType,
  updateValidation,
  validationOf,
} from './validation';

function shared<K extends keyof ValidationSettings>(t: RangeTarget, key: K): ValidationSettings[K] | null {
  const { entry } = validationOf(t.sheet.validations, t.rect);
  return entry ? clone(entry[key]) : null;
}

const DV_PROPS: PropDefs<RangeTarget> = {
  rule: { minor: 8, read: (t) => shared(t, 'rule') || {} },
  prompt: { minor: 8, read: (t) => shared(t, 'prompt') },
  errorAlert: { minor: 8, read: (t) => shared(t, 'errorAlert') },
  ignoreBlanks: { minor: 8, read: (t) => shared(t, 'ignoreBlanks') },
  type: {
    minor: 8,
    read: (t) => {
      const v = validationOf(t.sheet.validations, t.rect);
      return v.mixed ? 'Inconsistent' : ruleType(v.entry ? v.entry.rule : null);
    },
  },
  valid: { minor: 8, read: () => true },
};

function update(t: RangeTarget, patch: (s: ValidationSettings) => void): void {
  t.sheet.validations = updateValidation(t.sheet.validations, t.rect, patch);
}

/** Setting prompt or errorAlert changes only the fields given, as in Office. */
function mergePart<K extends 'prompt' | 'errorAlert'>(
  t: RangeTarget,
  key: K,
  v: unknown,
  check: (part: ValidationSettings[K]) => void,
): void {
  const part = (v || {}) as ValidationSettings[K];
  check(part);
  update(t, (s) => {
    s[key] = { ...s[key], ...clone(part) };
  });
}

export class DataValidation extends ClientObject<RangeTarget> {
  _typeName(): string {
    return 'DataValidation';
  }
  protected _props(): PropDefs<RangeTarget> {
    return DV_PROPS;
  }

  get rule(): unknown {
    return this._get('rule');
  }
  set rule(v: unknown) {
    this._setProp('DataValidation.rule', 'rule', v, 8, (t) => {
      const rule = checkRule(v);
      update(t, (s) => {
        s.rule = rule;
      });
    });
  }

  get prompt(): unknown {
    return this._get('prompt');
  }
  set prompt(v: unknown) {
    this._setProp('DataValidation.prompt', 'prompt', v, 8, (t) => mergePart(t, 'prompt', v, checkPrompt));
  }

  get errorAlert(): unknown {
    return this._get('errorAlert');
  }
  set errorAlert(v: unknown) {
    this._setProp('DataValidation.errorAlert', 'errorAlert', v, 8, (t) => mergePart(t, 'errorAlert', v, checkAlert));
  }

  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this._setProp('DataValidation.ignoreBlanks', 'ignoreBlanks', v, 8, (t) =>
      update(t, (s) => {
        s.ignoreBlanks = !!v;
      }),
    );
  }

  get type(): string {
    return this._get('type');
  }
  get valid(): boolean {
    return this._get('valid');
  }

  clear(): void {
    this._op('DataValidation.clear', 8, (t) => {
      t.sheet.validations = clearValidation(t.sheet.validations, t.rect);
    });
  }
}
