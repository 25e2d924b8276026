import { describe, expect, it } from 'vitest';
import { creditedName, creditName, namesSite } from '../../utils/publisher-credit';

describe('creditName', () => {
  it('takes a publisher name or a domain', () => {
    expect(creditName('The Coastal Tribune')).toBe('The Coastal Tribune');
    expect(creditName('nytimes.com')).toBe('nytimes.com');
    expect(creditName('日本経済速報')).toBe('日本経済速報');
  });

  it('refuses a count, a date, a lower-case phrase or a sentence', () => {
    expect(creditName('24 sources')).toBeNull();
    expect(creditName('14-03-2026')).toBeNull();
    expect(creditName('the app')).toBeNull();
    expect(creditName('A reader who wanted to know more about the ferry and its long history here')).toBeNull();
  });
});

describe('creditedName', () => {
  it('reads credit lines in several languages, typographic apostrophes included', () => {
    expect(creditedName('Read full article at Nairobi Daily Courier')).toBe('Nairobi Daily Courier');
    expect(creditedName('Publié à l’origine sur Le Courrier de l’Estuaire')).toBe('Le Courrier de l’Estuaire');
    expect(creditedName('Lire l\'article complet sur Le Courrier')).toBe('Le Courrier');
    expect(creditedName('Originally published on Grist.')).toBe('Grist');
    expect(creditedName('来源: 新京报')).toBe('新京报');
    expect(creditedName('来源：新京报')).toBe('新京报');
    expect(creditedName('來源：中央社')).toBe('中央社');
    expect(creditedName('Kaynak: Anadolu Ajansı')).toBe('Anadolu Ajansı');
    expect(creditedName('Nguồn: Tuổi Trẻ')).toBe('Tuổi Trẻ');
  });

  it('leaves prose and labels alone', () => {
    expect(creditedName('Read full article')).toBeNull();
    expect(creditedName('来源于网络的图片')).toBeNull();
    expect(creditedName('Nguồn tin cho biết')).toBeNull();
    expect(creditedName('The council originally published on its website a plan that nobody read.')).toBeNull();
  });
});

describe('namesSite', () => {
  it('matches a name to its site, "&" read as "and" and "The" optional', () => {
    expect(namesSite('Cedar & Main Weekly', 'cedarandmainweekly')).toBe(true);
    expect(namesSite('The Coastal Gazette', 'coastalgazette')).toBe(true);
    expect(namesSite('Harbor Ledger', 'riverbendtribune')).toBe(false);
  });
});
