import { describe, expect, it } from 'vitest';
import { cleanByline, stripSiteFromTitle, toIso } from '../../utils/metadata';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Story by Jane Doe • 3h', 'Jane Doe'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Hannah Brightwater and Luis Ortega | Updated 2 hours ago', 'Hannah Brightwater and Luis Ortega'],
    ['20 Nov 2019 08:00 GMT', null],
    ['https://www.facebook.com/someone', null],
    ['', null],
    ['CC7567', null],
    ['Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project', 'Daniel Kahn Gillmor'],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', 'Rob Ewaschuk'],
    ['Stella Kim, Jennifer Jett', 'Stella Kim, Jennifer Jett'],
    ['@jdoe_42', null],
    // The role after a dash, the role after the name with no comma, and an e-mail address.
    ['Letícia Moraes - Repórter da Agência Brasil', 'Letícia Moraes'],
    ['Mary Smith-Jones', 'Mary Smith-Jones'],
    ['김민지 기자(kimmj@yna.co.kr)', '김민지'],
    ['Jane Doe (jane@example.com)', 'Jane Doe'],
    ['Staff Reporter', 'Staff Reporter'],
    ['Bob Creditor', 'Bob Creditor'],
    // Chinese: the role before the name, after the outlet or none, spaced or not.
    ['记者 张伟', '张伟'],
    ['新京报记者 张伟', '张伟'],
    ['記者張三／台北報導', '張三'],
    ['作者：张伟', '张伟'],
    ['文/张伟', '张伟'],
    ['张伟 记者', '张伟'],
    ['山田太郎記者', '山田太郎'],
    ['山田太郎記者 (東京)', '山田太郎記者 (東京)'],
    ['Muhabir: Ahmet Yılmaz', 'Ahmet Yılmaz'],
    ['Ahmet Yılmaz, Hürriyet Ankara Muhabiri', 'Ahmet Yılmaz'],
    ['Phóng viên Nguyễn Văn A', 'Nguyễn Văn A'],
    ['Bài và ảnh: Nguyễn Văn A', 'Nguyễn Văn A'],
    ['Nguyễn Văn A - PV', 'Nguyễn Văn A'],
  ])('%j → %j', (raw, expected) => expect(cleanByline(raw)).toBe(expected));
});

describe('stripSiteFromTitle', () => {
  it.each([
    ['Syria counting on Russian support - Daily8', ['Daily8'], 'daily8.com', 'Syria counting on Russian support'],
    ['Daily8 | Syria counting on Russian support', [null], 'daily8.com', 'Syria counting on Russian support'],
    ['Lorem ipsum dolor sit amet – My website', [null], 'example.com', 'Lorem ipsum dolor sit amet'],
    ['Annecy : le lac fermé aux bateaux', ["L'Écho des Alpes"], 'echodesalpes.fr', 'Annecy : le lac fermé aux bateaux'],
    ['Trump - Putin meeting', [null], 'example.com', 'Trump - Putin meeting'],
  ])('%j → %j', (title, sites, host, expected) => expect(stripSiteFromTitle(title, sites, host)).toBe(expected));
});

describe('toIso', () => {
  it.each([
    ['2015-07-10 09:53:00 -0400', '2015-07-10T13:53:00.000Z'],
    ['2017-11-03 03:01:00.000000', new Date('2017-11-03T03:01:00.000').toISOString()],
    ['2025-07-31T09:12:00Z', '2025-07-31T09:12:00.000Z'],
    ['yesterday', null],
    ['1066-10-14', null],
  ])('%j → %j', (raw, expected) => expect(toIso(raw)).toBe(expected));
});
