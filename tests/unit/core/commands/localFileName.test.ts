import { expect, it } from 'vitest';
import { localFileName } from '../../../../main/core/commands/files.js';

it.each([
  ['report.pdf', 'report.pdf'],
  ['../../etc/passwd', 'passwd'],
  ['C:\\Users\\carl\\scan.png', 'scan.png'],
  ['what?: a|b.txt', 'what__ a_b.txt'],
  ['.bashrc', 'bashrc'],
  ['..', 'file'],
  ['tab\there.txt', 'tab_here.txt'],
  ['   ', 'file'],
])('a service file named %j is kept as %j', (name, expected) => {
  expect(localFileName(name)).toBe(expected);
});
