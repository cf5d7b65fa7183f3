import { z } from 'zod';

/** A message shown to people, Dutch first, English complete. */
export const LocalizedText = z.object({ nl: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const FieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: LocalizedText,
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details with a stable machine `code` and bilingual message. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  message: LocalizedText,
  errors: z.array(FieldError).optional(),
  /** With `version_conflict`: the version the server holds now. */
  currentVersion: z.number().int().optional(),
});
export type Problem = z.infer<typeof Problem>;

/**
 * A keyset page's cursor as the client sends it back: opaque (base64url of the last row's sort key
 * and id), never a number a client could compute. The server validates what is inside.
 */
export const PageCursor = z
  .string()
  .max(512)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'Ongeldige cursor / invalid cursor' });

/** A keyset list's page as a client asks for it (decision 0031): the cursor it was given, and how many. */
export const KeysetPageQuery = z.object({
  cursor: PageCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type KeysetPageQuery = z.input<typeof KeysetPageQuery>;

/** The cursor of the next page; null on the last page. */
export const NextCursor = z.string().nullable();
