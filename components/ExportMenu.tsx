import { useState } from 'preact/hooks';
import type { PageResult } from '../utils/types';
import type { ExportFormat, ExportTheme } from '../utils/export/types';
import { copyText, downloadText } from '../utils/browser/save-file';
import { t } from './i18n';

interface Props {
  result: PageResult;
  /** Theme for the HTML export. */
  theme?: ExportTheme;
}

const FORMATS: { id: ExportFormat; label: () => string }[] = [
  { id: 'md', label: () => t('export_markdown') },
  { id: 'html', label: () => t('export_html') },
  { id: 'text', label: () => t('export_text') },
];

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export function ExportMenu({ result, theme }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (format: ExportFormat, how: 'copy' | 'download', label: string) => {
    try {
      // Loaded on first use: the exporters (turndown among them) need not slow every popup open.
      const { exportArticle } = await import('../utils/export/index');
      const file = exportArticle(result, format, { parse, exportedAt: new Date(), theme });
      if (how === 'copy') {
        await copyText(file.content);
        setStatus({ ok: true, text: t('export_copied', label) });
      } else {
        downloadText(file.fileName, file.mimeType, file.content);
        setStatus({ ok: true, text: t('export_saved', file.fileName) });
      }
    } catch (e) {
      setStatus({ ok: false, text: t('export_failed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <section class="export-menu">
      <h2 id="export-title" class="panel-title">{t('export_title')}</h2>
      <table class="export-table">
        <tbody>
          {FORMATS.map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.label()}</th>
              <td>
                <button type="button" class="button" data-export={f.id} data-action="copy" onClick={() => run(f.id, 'copy', f.label())}>
                  {t('export_copy')}<span class="visually-hidden"> {t('export_asFormat', f.label())}</span>
                </button>
              </td>
              <td>
                <button type="button" class="button" data-export={f.id} data-action="download" onClick={() => run(f.id, 'download', f.label())}>
                  {t('export_download')}<span class="visually-hidden"> {t('export_asFormat', f.label())}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class={status && !status.ok ? 'field-error' : 'field-ok'} role="status" aria-live="polite">{status?.text ?? ''}</p>
    </section>
  );
}
