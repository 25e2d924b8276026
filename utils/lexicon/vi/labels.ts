// Vietnamese labels a page writes over a block: a paid placement's, or a box of related stories'. In
// foldKey's form: tones and vowel marks off, đ kept ("Đọc thêm" is "đoc them").
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['quang cao', 'tai tro', 'noi dung tai tro', 'đuoc tai tro'],
  sponsoredLead: ['quảng cáo', 'tài trợ'],
  sponsoredBy: ['bởi'],
  related: [
    'tin lien quan', 'tin tuc lien quan', 'bai viet lien quan', 'đoc them', 'tin cung chuyen muc',
    'tin cung chu đe', 'co the ban quan tam', 'ban co the quan tam', 'tin moi nhat', 'moi nhat', 'tin noi bat',
    'noi bat', 'tin khac', 'cac tin khac', 'đoc nhieu', 'tin đoc nhieu', 'xem nhieu', 'tin xem nhieu',
    'tieu điem', 'đung bo lo',
  ],
  reading: ['tai lieu tham khao', 'nguon tham khao', 'tham khao', 'chu thich', 'lien ket ngoai'],
};
