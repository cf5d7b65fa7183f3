/** Splits one CSV line (comma or semicolon) with optional double quotes ("a ""b"""). */
export function splitCsvLine(line: string, separator: ',' | ';'): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === separator) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

export function detectSeparator(header: string): ',' | ';' {
  return header.split(';').length > header.split(',').length ? ';' : ',';
}
