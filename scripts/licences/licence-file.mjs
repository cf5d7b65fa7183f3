import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * When package.json names no SPDX licence ("SEE LICENSE IN …", a missing field), the LICENSE file
 * decides. Recognised by phrases each licence text carries; anything else stays unknown, and an
 * unknown licence fails the check.
 */
const SIGNATURES = [
  { id: 'EUPL-1.2', pattern: /EUROPEAN UNION PUBLIC LICEN[CS]E v\.? ?1\.2/i },
  { id: 'EUPL-1.1', pattern: /EUROPEAN UNION PUBLIC LICEN[CS]E v\.? ?1\.1/i },
  { id: 'Apache-2.0', pattern: /Apache License,?\s+Version 2\.0/i },
  { id: 'MPL-2.0', pattern: /Mozilla Public License,?\s+(Version|v\.) ?2\.0/i },
  { id: 'MIT', pattern: /Permission is hereby granted, free of charge, to any person obtaining a copy/i },
  {
    id: 'ISC',
    pattern:
      /Permission to use, copy, modify, and\/?o?r? distribute this software for any purpose with or without fee/i,
  },
  {
    id: 'BSD-3-Clause',
    pattern: /Redistribution and use in source and binary forms[\s\S]*Neither the name/i,
  },
  { id: 'BSD-2-Clause', pattern: /Redistribution and use in source and binary forms/i },
  { id: 'BlueOak-1.0.0', pattern: /Blue Oak Model License/i },
  { id: 'Unlicense', pattern: /This is free and unencumbered software released into the public domain/i },
];

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

export function licenceFromFile(packageDir) {
  let names;
  try {
    names = readdirSync(packageDir);
  } catch {
    return undefined;
  }
  const file = names.find((name) => LICENCE_FILE.test(name));
  if (!file) return undefined;
  const text = readFileSync(join(packageDir, file), 'utf8');
  return SIGNATURES.find((signature) => signature.pattern.test(text))?.id;
}
