import { describe, expect, it } from 'vitest';
import { cleanTimeText, parseStoryTime, splitTrailingTime } from '../../utils/related/relative-time';

const NOW = Date.parse('2025-08-07T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('parseStoryTime', () => {
  it.each([
    ['2 hours ago', ago(2 * H)],
    ['time2 hours ago', ago(2 * H)],
    ['5h', ago(5 * H)],
    ['5h ago', ago(5 * H)],
    ['1d', ago(D)],
    ['3 days ago', ago(3 * D)],
    ['just now', ago(0)],
    ['yesterday', ago(D)],
    ['Yesterday', ago(D)],
    ['an hour ago', ago(H)],
    ['a minute ago', ago(MIN)],
    ['5 mins', ago(5 * MIN)],
    ['45m', ago(45 * MIN)],
    ['2 wk', ago(14 * D)],
    ['1w ago', ago(7 * D)],
    ['• 3h', ago(3 * H)],
    ['Updated: 5 min ago', ago(5 * MIN)],
    ['3 months ago', '2025-05-07T12:00:00.000Z'],
    ['1 yr ago', '2024-08-07T12:00:00.000Z'],
  ])('relative %j', (text, iso) => {
    expect(parseStoryTime(text, NOW)).toBe(iso);
  });

  it.each([
    ['il y a 2 heures', ago(2 * H)],
    ['il y a une heure', ago(H)],
    ['Il y a 3 j', ago(3 * D)],
    ['vor 3 Stunden', ago(3 * H)],
    ['vor einer Stunde', ago(H)],
    ['vor 2 Tagen', ago(2 * D)],
    ['hace 2 horas', ago(2 * H)],
    ['hace 10 minutos', ago(10 * MIN)],
    ['2 ore fa', ago(2 * H)],
    ['há 3 dias', ago(3 * D)],
    ['2 uur geleden', ago(2 * H)],
    ['hier', ago(D)],
    ['gestern', ago(D)],
    ['ayer', ago(D)],
    ['3時間前', ago(3 * H)],
    ['3시간전', ago(3 * H)],
    ['15분 전', ago(15 * MIN)],
    ['어제', ago(D)],
    ['3小时前', ago(3 * H)],
    ['5分鐘前', ago(5 * MIN)],
    ['5分钟前', ago(5 * MIN)],
    ['2天前', ago(2 * D)],
    ['3个月前', '2025-05-07T12:00:00.000Z'],
    ['1小時以前', ago(H)],
    ['刚刚', ago(0)],
    ['昨天', ago(D)],
    ['3 saat önce', ago(3 * H)],
    ['5 dakika önce', ago(5 * MIN)],
    ['10 dk önce', ago(10 * MIN)],
    ['2 gün önce', ago(2 * D)],
    ['bir saat önce', ago(H)],
    ['1 yıl önce', '2024-08-07T12:00:00.000Z'],
    ['az önce', ago(0)],
    ['dün', ago(D)],
    ['Dün saat 14:30', ago(D)],
    ['3 giờ trước', ago(3 * H)],
    ['5 phút trước', ago(5 * MIN)],
    ['2 ngày trước', ago(2 * D)],
    ['1 tuần trước', ago(7 * D)],
    ['một giờ trước', ago(H)],
    ['vừa xong', ago(0)],
    ['hôm qua', ago(D)],
    ['Hôm qua lúc 10:30', ago(D)],
  ])('other languages %j', (text, iso) => {
    expect(parseStoryTime(text, NOW)).toBe(iso);
  });

  it.each([
    ['Sep 12, 2024', '2024-09-12T00:00:00.000Z'],
    ['12 Sep 2024', '2024-09-12T00:00:00.000Z'],
    ['September 12th, 2024', '2024-09-12T00:00:00.000Z'],
    ['2025-03-12', '2025-03-12T00:00:00.000Z'],
    ['2025-03-12T08:30:00Z', '2025-03-12T08:30:00.000Z'],
    ['Jul 30', '2025-07-30T00:00:00.000Z'],
    // Later this year would be in the future: it is last year's.
    ['Sep 12', '2024-09-12T00:00:00.000Z'],
    ['Jan. 21', '2025-01-21T00:00:00.000Z'],
    ['12. März 2025', '2025-03-12T00:00:00.000Z'],
    ['1er mars 2025', '2025-03-01T00:00:00.000Z'],
    ['18 mai', '2025-05-18T00:00:00.000Z'],
    ['12 de marzo de 2025', '2025-03-12T00:00:00.000Z'],
    ['Published Sep 3, 2024, 3:45 PM', '2024-09-03T15:45:00.000Z'],
    ['12 Mart 2025', '2025-03-12T00:00:00.000Z'],
    ['3 Kasım 2024', '2024-11-03T00:00:00.000Z'],
    ['Güncelleme: 14 Mayıs 2025 10:30', '2025-05-14T10:30:00.000Z'],
  ])('absolute %j', (text, iso) => {
    expect(parseStoryTime(text, NOW)).toBe(iso);
  });

  it('reads numeric dates month first unless told day first', () => {
    expect(parseStoryTime('12-03-2025', NOW)).toBe('2025-12-03T00:00:00.000Z');
    expect(parseStoryTime('12/03/2025', NOW)).toBe('2025-12-03T00:00:00.000Z');
    expect(parseStoryTime('12-03-2025', NOW, { dayFirst: true })).toBe('2025-03-12T00:00:00.000Z');
    expect(parseStoryTime('12/03/2025', NOW, { dayFirst: true })).toBe('2025-03-12T00:00:00.000Z');
    // Only one order makes a date.
    expect(parseStoryTime('25/03/2025', NOW)).toBe('2025-03-25T00:00:00.000Z');
    expect(parseStoryTime('03/25/2025', NOW, { dayFirst: true })).toBe('2025-03-25T00:00:00.000Z');
    // Dots are day first everywhere.
    expect(parseStoryTime('12.03.2025', NOW)).toBe('2025-03-12T00:00:00.000Z');
  });

  it.each(['', '   ', 'hello', 'Reuters', '5G', '2025', 'Mayor 12', '2025-02-30', '13/13/2025', 'jui 12',
    'Trump meets Putin in a week', 'Top 10 stories', 'a few words here'])('rejects %j', (text) => {
    expect(parseStoryTime(text, NOW)).toBeNull();
  });

  it('rejects a bad clock', () => {
    expect(parseStoryTime('2 hours ago', Number.NaN)).toBeNull();
  });
});

describe('cleanTimeText', () => {
  it.each([
    ['time2 hours ago', '2 hours ago'],
    ['• 3h', '3h'],
    ['Updated: Sep 12', 'Sep 12'],
    ['Published 5 min ago', '5 min ago'],
    ['  · 1d  ', '1d'],
    ['2 hours ago', '2 hours ago'],
    ['发布时间：2025-08-07 10:30', '2025-08-07 10:30'],
    ['更新時間：2025/08/07', '2025/08/07'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanTimeText(raw)).toBe(clean);
  });
});

describe('splitTrailingTime', () => {
  it('splits a publisher glued to its age', () => {
    expect(splitTrailingTime('Russia Today7 days ago', NOW)).toEqual({ before: 'Russia Today', timeText: '7 days ago' });
    expect(splitTrailingTime('Reuters · 2h', NOW)).toEqual({ before: 'Reuters', timeText: '2h' });
    expect(splitTrailingTime('Russia Todaytime2 hours ago', NOW)).toEqual({ before: 'Russia Today', timeText: '2 hours ago' });
  });

  it('leaves headlines whole', () => {
    expect(splitTrailingTime('Trump meets Putin in a week', NOW)).toBeNull();
    expect(splitTrailingTime('Top 10 stories', NOW)).toBeNull();
  });
});
