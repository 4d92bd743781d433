/** "Ana, Jo" <-> ['Ana', 'Jo'] for the assignee and tag fields. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

export function joinList(list: string[]): string {
  return list.join(', ');
}
