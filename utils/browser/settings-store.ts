// Persistence of Settings and reader prefs in synced extension storage. Every read goes through the
// normalizers, so a corrupted or outdated stored value never reaches the UI or the pipeline.
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../types';
import { DEFAULT_SETTINGS, normalizeSettings } from '../settings';
import { DEFAULT_READER_PREFS, normalizeReaderPrefs, type ReaderPrefs } from './reader-prefs';

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });
export const readerPrefsItem = storage.defineItem<ReaderPrefs>('sync:readerPrefs', { fallback: DEFAULT_READER_PREFS });

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await settingsItem.setValue(clean);
  return clean;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(normalizeSettings(value)));
}

export async function loadReaderPrefs(): Promise<ReaderPrefs> {
  return normalizeReaderPrefs(await readerPrefsItem.getValue());
}

export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<ReaderPrefs> {
  const clean = normalizeReaderPrefs(prefs);
  await readerPrefsItem.setValue(clean);
  return clean;
}
