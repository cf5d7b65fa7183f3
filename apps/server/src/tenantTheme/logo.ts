import { THEME_LOGO_MAX_BYTES } from '@een-plan/contracts';
import { ProblemError } from '../http/problems.ts';

const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  // An <img> never runs an SVG's scripts, but the file is also downloadable: refuse active content.
  'image/svg+xml': (b) => {
    const text = b.toString('utf8');
    return (
      /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text) &&
      !/<script|\son\w+\s*=|javascript:/i.test(text)
    );
  },
};

/** The logo's bytes must match its declared type and stay within the size limit. */
export function assertValidLogo(dataUri: string): void {
  const match = /^data:(image\/[a-z+]+);base64,(.*)$/s.exec(dataUri);
  const type = match?.[1];
  const sniff = type ? SIGNATURES[type] : undefined;
  if (!match || !sniff) throw new ProblemError('theme_logo_invalid', 'unsupported image type', [logoError()]);
  const bytes = Buffer.from(match[2] ?? '', 'base64');
  if (bytes.length === 0 || bytes.length > THEME_LOGO_MAX_BYTES) {
    throw new ProblemError('theme_logo_invalid', `logo is ${bytes.length} bytes`, [logoError()]);
  }
  if (!sniff(bytes)) throw new ProblemError('theme_logo_invalid', `content is not ${type}`, [logoError()]);
}

function logoError() {
  return {
    path: 'body.logo',
    code: 'theme_logo_invalid',
    message: {
      nl: 'Kies een PNG-, JPEG-, WebP- of SVG-afbeelding van hoogstens 100 kB.',
      en: 'Choose a PNG, JPEG, WebP or SVG image of at most 100 kB.',
    },
  };
}
