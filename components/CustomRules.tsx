import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CustomRule, Removal, Settings } from '../utils/types';
import {
  addCustomRule, exportCustomRules, importCustomRules, MAX_CUSTOM_RULES, MAX_RULE_LENGTH, removeCustomRule, toggleCustomRule,
} from '../utils/settings';
import { MAX_PATTERN_LENGTH } from '../utils/filters/safe-pattern';
import { describeRulesStorage } from '../utils/rules-storage';
import { downloadText } from '../utils/browser/save-file';
import { storedRulesNotice } from '../utils/browser/settings-store';
import { formatNumber, t, tn } from './i18n';

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
    setImportMsg({ ok: true, text: tn('rules_imported', change.added ?? 0) });
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
        {t('rules_title')} {removal && removal.count > 0 && <span class="pack-count">{tn('filters_removedCount', removal.count)}</span>}
      </h3>
      <form class="rule-form" onSubmit={add} noValidate>
        <label class="field">
          <span>{t('rules_hide')}</span>
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as CustomRule['kind'])}>
            <option value="selector">{t('rules_kindSelector')}</option>
            <option value="phrase">{t('rules_kindPhrase')}</option>
          </select>
        </label>
        <label class="field">
          <span>{kind === 'selector' ? t('rules_selector') : t('rules_phrase')}</span>
          <input
            type="text"
            value={value}
            placeholder={kind === 'selector' ? '.promo-box' : t('rules_phrasePlaceholder')}
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
          <span>{t('rules_scope')}</span>
          <select value={scope} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as 'all' | 'site')}>
            <option value="all">{t('scope_allSites')}</option>
            {host && <option value="site">{t('scope_siteOnly', host)}</option>}
          </select>
        </label>
        <button type="submit" class="button">{t('rules_add')}</button>
        {error && <p id="rule-error" class="field-error" role="alert">{error}</p>}
        <p id="rule-hint" class="muted rule-hint">
          {t('rules_hint', formatNumber(MAX_RULE_LENGTH), formatNumber(MAX_PATTERN_LENGTH))}
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
              <span class="rule-scope">{rule.kind === 'selector' ? t('rules_kindSelectorShort') : t('rules_kindPhraseShort')} · {rule.host ?? t('scope_allSites')}</span>
              <button
                type="button"
                class="link-button danger"
                aria-label={t('rules_deleteLabel', rule.value)}
                onClick={() => onChange(removeCustomRule(settings, rule.id))}
              >
                {t('rules_delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('rules_none')}</p>
      )}
      <details class="rule-io">
        <summary>{t('rules_io')}</summary>
        <div class="rule-io-body">
          <button
            type="button"
            class="button"
            disabled={settings.customRules.length === 0}
            onClick={() => downloadText('clear-news-reader-rules.json', 'application/json', exportCustomRules(settings))}
          >
            {t('rules_export')}
          </button>
          <label class="field">
            <span>{t('rules_paste')}</span>
            <textarea rows={3} value={importText} onInput={(e) => setImportText((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <div class="row">
            <button type="button" class="button" disabled={!importText.trim()} onClick={() => runImport(importText)}>{t('rules_import')}</button>
            <label class="button file-button">
              {t('rules_importFile')}
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
