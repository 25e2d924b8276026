// Vietnamese link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['xem thêm', 'xem tất cả', 'xem tiếp', 'tải thêm', 'tiếp theo', 'trang sau', 'trang trước'],
  cardLinks: ['đọc tiếp', 'xem chi tiết', 'xem ngay', 'đọc ngay'],
  notSources: [
    'video', 'ảnh', 'trực tiếp', 'chia sẻ', 'bình luận', 'độc quyền', 'nóng', 'mới', 'podcast', 'infographics',
    'emagazine', 'thích', 'theo dõi',
  ],
};
