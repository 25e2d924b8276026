// Malay shares its function words with Indonesian.
export { stopWords } from '../id/stop-words';
