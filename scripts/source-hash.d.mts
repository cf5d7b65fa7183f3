export function sourceHash(root: string, inputs: string[]): string;
export function readStamp(stampFile: string): string | null;
