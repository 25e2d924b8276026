import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CustomRule, Removal, Settings } from '../utils/types';
import {
  addCustomRule, exportCustomRules, importCustomRules, MAX_CUSTOM_RULES, MAX_RULE_LENGTH, removeCustomRule, toggleCustomRule,
} from '../utils/settings';
import { MAX_PATTERN_LENGTH } from '../utils/filters/safe-pattern';
import { describeRulesStorage } from '../utils/rules-storage';
import { downloadText } from '../utils/browser/save-file';
import { storedRulesNotice } from '../utils/browser/settings-store';

interface Props {
  settings: Settings;
  host: string | null;
  removal: Removal | undefined;
  onChange: (next: Settings) => void;
}

export function CustomRules({ settings, host, removal, onChange }: Props) {
  const [kind, setKind] = useState<CustomRule['kind']>('selector');
  const [value, setValue] = useState('');
  const [scope, setScope] = useState<'all' | 'site'>('all');
  const [error, setError] = useState<string | null>(null);
  const [importText, setImportText] = useState('');
  const [importMsg, setImportMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [storeNotice, setStoreNotice] = useState<string | null>(null);
  const usage = useMemo(() => describeRulesStorage(settings.customRules, MAX_CUSTOM_RULES), [settings.customRules]);

  // Rules lost to a damaged or partial store, or refused on loading, are said once, when the panel opens.
  useEffect(() => {
    let live = true;
    storedRulesNotice()
      .then((n) => live && setStoreNotice(n))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const add = (e: Event) => {
    e.preventDefault();
    const change = addCustomRule(settings, kind, value, scope === 'site' ? host : null);
    if ('error' in change) {
      setError(change.error);
      return;
    }
    setError(null);
    setValue('');
    onChange(change.settings);
  };

  const runImport = (json: string) => {
    const change = importCustomRules(settings, json);
    if ('error' in change) {
      setImportMsg({ ok: false, text: change.error });
      return;
    }
    setImportMsg({ ok: true, text: `Imported ${change.added ?? 0} new rule${change.added === 1 ? '' : 's'}.` });
    setImportText('');
    onChange(change.settings);
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) runImport(await file.text());
    input.value = '';
  };

  return (
    <section class="custom-rules" aria-labelledby="custom-rules-title">
      <h3 id="custom-rules-title">
        Your rules {removal && removal.count > 0 && <span class="pack-count">{removal.count} removed</span>}
      </h3>
      <form class="rule-form" onSubmit={add} noValidate>
        <label class="field">
          <span>Hide</span>
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as CustomRule['kind'])}>
            <option value="selector">blocks matching a CSS selector</option>
            <option value="phrase">blocks saying a phrase</option>
          </select>
        </label>
        <label class="field">
          <span>{kind === 'selector' ? 'Selector' : 'Phrase'}</span>
          <input
            type="text"
            value={value}
            placeholder={kind === 'selector' ? '.promo-box' : 'Download our app'}
            aria-invalid={error ? true : undefined}
            maxLength={MAX_RULE_LENGTH}
            aria-describedby={error ? 'rule-error rule-hint' : 'rule-hint'}
            onInput={(e) => {
              setValue((e.currentTarget as HTMLInputElement).value);
              setError(null);
            }}
          />
        </label>
        <label class="field">
          <span>On</span>
          <select value={scope} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as 'all' | 'site')}>
            <option value="all">all sites</option>
            {host && <option value="site">{host} only</option>}
          </select>
        </label>
        <button type="submit" class="button">Add rule</button>
        {error && <p id="rule-error" class="field-error" role="alert">{error}</p>}
        <p id="rule-hint" class="muted rule-hint">
          Up to {MAX_RULE_LENGTH} characters. A phrase between slashes is a pattern: at most {MAX_PATTERN_LENGTH} characters,
          without back-references, lookarounds or a repeat inside a repeat.
        </p>
      </form>
      <p class="muted rule-usage">{usage}</p>
      {storeNotice && <p class="field-error rule-store-notice" role="alert">{storeNotice}</p>}
      {settings.customRules.length > 0 ? (
        <ul class="rule-list">
          {settings.customRules.map((rule) => (
            <li key={rule.id} class={rule.enabled ? 'rule' : 'rule rule-off'}>
              <label class="rule-toggle">
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  onChange={(e) => onChange(toggleCustomRule(settings, rule.id, (e.currentTarget as HTMLInputElement).checked))}
                />
                <code>{rule.value}</code>
              </label>
              <span class="rule-scope">{rule.kind === 'selector' ? 'selector' : 'phrase'} · {rule.host ?? 'all sites'}</span>
              <button
                type="button"
                class="link-button danger"
                aria-label={`Delete rule ${rule.value}`}
                onClick={() => onChange(removeCustomRule(settings, rule.id))}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No rules yet.</p>
      )}
      <details class="rule-io">
        <summary>Export or import rules</summary>
        <div class="rule-io-body">
          <button
            type="button"
            class="button"
            disabled={settings.customRules.length === 0}
            onClick={() => downloadText('clear-news-reader-rules.json', 'application/json', exportCustomRules(settings))}
          >
            Export rules (JSON)
          </button>
          <label class="field">
            <span>Paste rules JSON</span>
            <textarea rows={3} value={importText} onInput={(e) => setImportText((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <div class="row">
            <button type="button" class="button" disabled={!importText.trim()} onClick={() => runImport(importText)}>Import</button>
            <label class="button file-button">
              Import a file…
              <input type="file" accept="application/json,.json" class="visually-hidden" onChange={importFile} />
            </label>
          </div>
          {importMsg && (
            <p class={importMsg.ok ? 'field-ok' : 'field-error'} role={importMsg.ok ? 'status' : 'alert'}>{importMsg.text}</p>
          )}
        </div>
      </details>
    </section>
  );
}
