export const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
export const ymd = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
export const addMinutes = (d: Date, n: number): Date => new Date(d.getTime() + n * 60_000);
