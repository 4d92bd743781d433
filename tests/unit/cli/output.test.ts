import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { createOutput, safeJson, table } from '../../../main/cli/output.js';

function capture() {
  let text = '';
  const stream = { isTTY: false, write: (chunk: string) => (text += chunk) };
  return { stream, text: () => text };
}

describe('CLI output', () => {
  it('strips terminal controls from a server error message, keeps them escaped in JSON', () => {
    const error = new AppError('server', 'Refused: \u001b[2J\u001b]52;c;ZXZpbA==\u0007 bad', { provider: 'webwork' });
    const human = capture();
    expect(createOutput(false, human.stream, human.stream).failure(error)).toBe(1);
    expect(human.text()).toBe('worktray: WebWork Tracker: Refused: [2J]52;c;ZXZpbA== bad\n');
    const json = capture();
    createOutput(true, json.stream, json.stream).failure(error);
    expect(json.text()).toContain('\\u001b[2J');
    expect(JSON.parse(json.text())).toMatchObject({ error: { code: 'server', message: error.message } });
  });

  it('escapes C1 controls and the JavaScript line separators in JSON, and parses back to the same value', () => {
    const value = { title: 'a\u0085b\u009bc\u2028d\u2029e\u007f' };
    const text = safeJson(value);
    expect(text).toBe('{"title":"a\\u0085b\\u009bc\\u2028d\\u2029e\\u007f"}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('keeps table columns aligned when a cell holds a line break or a control', () => {
    const rendered = table([{ a: 'x\ny\u001b', b: 'z' }], ['a', 'b']);
    expect(rendered.split('\n')).toEqual(['a    b', 'x y  z']);
  });

  it('prints a usage error as one line and a --help pointer, or as the JSON error "usage"', () => {
    const human = capture();
    expect(createOutput(false, human.stream, human.stream).usage("unknown command 'frob'")).toBe(2);
    expect(human.text().trim().split('\n')).toEqual([
      "worktray: unknown command 'frob'",
      "Run 'worktray --help' for the commands and their options.",
    ]);
    const json = capture();
    createOutput(true, json.stream, json.stream).usage("unknown command 'frob'");
    expect(JSON.parse(json.text())).toEqual({ error: { code: 'usage', message: "unknown command 'frob'" } });
  });
});
