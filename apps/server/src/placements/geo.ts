import { ProblemError } from '../http/problems.ts';
import { PC4_CENTRES } from './pc4-centres.ts';

const EARTH_KM = 6371;
const KM_PER_DEGREE_LAT = 111.2;

/** The centre of a 4-digit postcode; an unknown one is the asker's mistake, not ours. */
export function centreOf(pc4: string): { lat: number; lon: number } {
  const c = PC4_CENTRES[pc4];
  if (!c) throw new ProblemError('placement_postcode_unknown');
  return { lat: c[0], lon: c[1] };
}

/** Great-circle distance in km (haversine), rounded to 0.1 km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_KM * Math.asin(Math.sqrt(h)) * 10) / 10;
}

/**
 * The box around a centre that contains every point within `km`: the indexed prefilter of the
 * search (the exact distance is then computed for the few rows inside it).
 */
export function boundingBox(centre: { lat: number; lon: number }, km: number) {
  const dLat = km / KM_PER_DEGREE_LAT;
  const dLon = km / (KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180));
  return {
    minLat: centre.lat - dLat,
    maxLat: centre.lat + dLat,
    minLon: centre.lon - dLon,
    maxLon: centre.lon + dLon,
  };
}
