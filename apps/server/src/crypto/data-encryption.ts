import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for sensitive free text (kitchen-table conversation, the family's own
 * preparation): AES-256-GCM with a random 96-bit IV per value. Stored form:
 * `v1:<base64(iv | auth tag | ciphertext)>`, so a later key rotation can add `v2`.
 * The key comes from DATA_ENCRYPTION_KEY (see config.ts); it is process-wide because demo data is
 * loaded before the HTTP app exists.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

let activeKey: Buffer | null = null;

function parseDataEncryptionKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes, base64 encoded');
  return key;
}

/** Called once at boot with the configured key (main.ts, buildApp, the test app). */
export function configureDataEncryption(base64Key: string): void {
  activeKey = parseDataEncryptionKey(base64Key);
}

function key(): Buffer {
  if (activeKey) return activeKey;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('data encryption used before configureDataEncryption()');
  }
  // Outside production (a test loading demo data without an app): an ephemeral key.
  activeKey = randomBytes(32);
  return activeKey;
}

export function encryptText(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function decryptText(stored: string): string {
  const [version, payload] = stored.split(':', 2);
  if (version !== VERSION || !payload) throw new Error('unknown encrypted value format');
  const raw = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key(), raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    'utf8',
  );
}

/** Nullable convenience: empty text is stored as NULL, not as an encrypted empty string. */
export function encryptOptional(plain: string | null | undefined): string | null {
  return plain ? encryptText(plain) : null;
}

export function decryptOptional(stored: string | null | undefined): string {
  return stored ? decryptText(stored) : '';
}
