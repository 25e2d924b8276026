// Vietnamese words around an author's name ("Phóng viên Nguyễn Văn A", "Bài và ảnh: Nguyễn Văn A",
// "Nguyễn Văn A - PV").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  // Longer first: "Bài và ảnh:" must not be read as "Bài" and a name.
  prefixes: ['bài và ảnh', 'phóng viên', 'tác giả', 'thực hiện', 'pv', 'bài'],
  roles: [
    'phóng viên', 'pv', 'cộng tác viên', 'ctv', 'biên tập viên', 'btv', 'nhà báo', 'thông tín viên', 'ttv',
  ],
  rowWords: [
    'trước', 'vừa xong', 'hôm nay', 'hôm qua', 'cập nhật', 'lúc', 'ngày', 'tháng',
    // Weekdays of a dateline ("Thứ năm, 14/3/2025, 10:30 (GMT+7)").
    'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật',
  ],
  rowUnits: ['giây', 'phút', 'giờ', 'ngày', 'tuần', 'tháng', 'năm'],
  rowMonths: [],
  rowJoiners: ['và'],
  // "Nguồn: Tuổi Trẻ" names the paper a story was taken from.
  credits: ['nguồn'],
  creditLinks: [],
  publicationJoiners: [],
};
