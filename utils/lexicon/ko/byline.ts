// Korean words around an author's name: the role follows it ("김민지 기자"), often with an e-mail address.
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['글', '글쓴이'],
  roles: ['기자', '선임기자', '객원기자', '인턴기자', '특파원', '논설위원', '편집위원', '칼럼니스트', '통신원'],
  rowWords: ['입력', '수정', '기사입력', '최종수정', '업데이트', '오전', '오후', '전', '오늘', '어제'],
  rowUnits: ['초', '분', '시간', '일', '주', '개월', '년'],
  rowMonths: [],
  rowJoiners: ['·', '및'],
  credits: ['출처', '기사 원문', '원문 보기'],
  creditLinks: ['기사 원문 보기', '원문 보기'],
  publicationJoiners: [],
};
