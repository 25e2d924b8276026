// Persistence of Settings and reader prefs in synced extension storage. Every read goes through the
// normalizers, so a corrupted or outdated stored value never reaches the UI or the pipeline.
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../types';
import { DEFAULT_SETTINGS, normalizeSettings } from '../settings';
import { DEFAULT_READER_PREFS, normalizeReaderPrefs, type ReaderPrefs } from '../reader-prefs';

const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });
const readerPrefsItem = storage.defineItem<ReaderPrefs>('sync:readerPrefs', { fallback: DEFAULT_READER_PREFS });

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await settingsItem.setValue(clean);
  return clean;
}

export async function loadReaderPrefs(): Promise<ReaderPrefs> {
  return normalizeReaderPrefs(await readerPrefsItem.getValue());
}

export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<ReaderPrefs> {
  const clean = normalizeReaderPrefs(prefs);
  await readerPrefsItem.setValue(clean);
  return clean;
}

/** Calls `cb` with the repaired prefs whenever another reader tab (or device, through sync) changes them; returns the unwatch. */
export function watchReaderPrefs(cb: (prefs: ReaderPrefs) => void): () => void {
  return readerPrefsItem.watch((value) => cb(normalizeReaderPrefs(value)));
}
