// `npm run fixtures:update`: rewrites the golden export files of every fixture page
// (expected.md, expected.html, expected.txt) from the current pipeline. Review the diff
// (`git diff tests/fixtures`) before committing: a golden file is a reviewed expectation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFixture, extractFixture, fixtureSlugs, GOLDEN, loadFixture } from '../tests/support/fixture-pages';
import type { ExportFormat } from '../utils/export/index';

for (const slug of fixtureSlugs()) {
  const page = loadFixture(slug);
  const result = extractFixture(page);
  for (const [format, file] of Object.entries(GOLDEN) as [ExportFormat, string][]) {
    writeFileSync(join(page.dir, file), exportFixture(result, page, format));
  }
  console.log(`${slug}: ${result.kind}, ${result.article?.wordCount ?? 0} words → ${Object.values(GOLDEN).join(', ')}`);
}
