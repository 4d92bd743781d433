import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints text as if it were an existing file, so the project's real config (and its type information) applies.
// Under CI=true typescript-eslint assumes a single run and reads files from disk, ignoring the text given.
async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  process.env.TSESTREE_SINGLE_RUN = 'false';
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering fences', () => {
  it('importing electron under main/core is a lint error', async () => {
    const rules = await ruleIdsFor('main/core/log.ts', "import { app } from 'electron';\nexport const name = app.getName();\n");
    expect(rules).toContain('no-restricted-imports');
  });

  it('the renderer may not import main/ or node: modules', async () => {
    const rules = await ruleIdsFor(
      'renderer/main.tsx',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    );
    expect(rules).toContain('no-restricted-imports');
  });

  it('main/electron may import electron', async () => {
    const rules = await ruleIdsFor(
      'main/electron/main.ts',
      "import { app } from 'electron';\nexport const name = app.getName();\n",
    );
    expect(rules).not.toContain('no-restricted-imports');
  });
});
