// The admin's services, one file per screen; routes import them from here.
export { listAreas, saveArea } from './areas.ts';
export { getPostcodeImport, startPostcodeImport } from './postcode-import.ts';
export { getReferralSettings, saveReferralSettings } from './referral-settings.ts';
