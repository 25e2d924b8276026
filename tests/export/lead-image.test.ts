import { describe, expect, it } from 'vitest';
import { shownLeadImage } from '../../utils/lead-image';

const article = (leadImage: string | null, contentHtml: string) => ({ leadImage, contentHtml });

describe('shownLeadImage', () => {
  it('shows the lead image when the body has no picture', () => {
    expect(shownLeadImage(article('https://cdn.example.com/a/harbor-ferry.jpg', '<p>Text</p>'))).toBe('https://cdn.example.com/a/harbor-ferry.jpg');
  });

  it('leaves it out when the body holds the same address, "&" written either way', () => {
    expect(shownLeadImage(article('https://cdn.example.com/i.jpg?w=1&h=2', '<img src="https://cdn.example.com/i.jpg?w=1&amp;h=2">'))).toBeNull();
  });

  it('leaves it out when the body holds the same picture at another size from an image CDN', () => {
    const lead = 'https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/northline-fence.jpeg';
    const body = '<figure><a href="https://substackcdn.com/image/fetch/f_auto/northline-fence.jpeg"><img src="https://substackcdn.com/image/fetch/w_1456,c_limit/northline-fence.jpeg"></a></figure>';
    expect(shownLeadImage(article(lead, body))).toBeNull();
  });

  it('knows a WordPress size suffix and a srcset candidate', () => {
    const lead = 'https://news.example.org/wp-content/uploads/2026/03/river-bridge.jpg';
    const body = '<img srcset="https://news.example.org/wp-content/uploads/2026/03/river-bridge-300x200.jpg 300w, https://news.example.org/wp-content/uploads/2026/03/river-bridge-1024x683.jpg 1024w">';
    expect(shownLeadImage(article(lead, body))).toBeNull();
  });

  it('keeps it when only a short, generic file name matches', () => {
    const lead = 'https://cdn.example.com/story-1/image.jpg';
    expect(shownLeadImage(article(lead, '<img src="https://cdn.example.com/story-2/image.jpg">'))).toBe(lead);
  });

  it('keeps it when the body shows a different picture', () => {
    const lead = 'https://cdn.example.com/a/harbor-ferry.jpg';
    expect(shownLeadImage(article(lead, '<img src="https://cdn.example.com/a/island-terminal.jpg">'))).toBe(lead);
  });
});
