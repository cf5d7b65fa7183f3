import { z } from 'zod';
import { LocalizedText } from './problem.ts';

export const Postcode4 = z.string().regex(/^[1-9]\d{3}$/);

export const AdminArea = z.object({
  id: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  postcodes: z.array(z.string()),
});
export type AdminArea = z.infer<typeof AdminArea>;

export const AdminAreaList = z.object({
  areas: z.array(AdminArea),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type AdminAreaList = z.infer<typeof AdminAreaList>;

export const SaveAreaRequest = z.object({
  name: z.string().trim().min(1).max(100),
  teamId: z.string().min(1).max(100),
  postcodes: z.array(Postcode4).max(2000),
});
export type SaveAreaRequest = z.infer<typeof SaveAreaRequest>;

export const ImportStatus = z.enum(['validating', 'applying', 'done', 'invalid', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const PostcodeImport = z.object({
  id: z.string(),
  status: ImportStatus,
  totalLines: z.number().int(),
  processedLines: z.number().int(),
  created: z.number().int(),
  moved: z.number().int(),
  unchanged: z.number().int(),
  areasCreated: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), code: z.string(), message: LocalizedText })),
});
export type PostcodeImport = z.infer<typeof PostcodeImport>;

export const ReferralSettings = z.object({
  fallbackTeamId: z.string().min(1).max(100),
  firstContactNormDays: z.number().int().min(1).max(60),
  urgentFirstContactNormDays: z.number().int().min(1).max(60),
  reminderLeadDays: z.number().int().min(0).max(10),
  version: z.number().int(),
});
export type ReferralSettings = z.infer<typeof ReferralSettings>;
