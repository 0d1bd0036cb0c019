// A note in brackets ("(personal)", "[NZ]", "*inactive*"), or after a spaced dash ("- do not use").
const BRACKETED = /\s*(\([^)]*\)?|\[[^\]]*\]?|\*[^*]+\*)\s*/g;
const AFTER_DASH = /\s+[-–—]\s+.*$/;

/** A name without the notes people add to it in Xero, and those notes ("Sam Okoro (Sam)" -> "Sam Okoro", ["Sam"]). */
export function setAsideNotes(name: string): { name: string; notes: string[] } {
  const notes: string[] = [];
  let text = name.replace(BRACKETED, (match) => {
    notes.push(
      match
        .trim()
        .replace(/^[([*]|[)\]*]$/g, '')
        .trim(),
    );
    return ' ';
  });
  const dash = AFTER_DASH.exec(text);
  if (dash) {
    notes.push(dash[0].replace(/^\s+[-–—]\s+/, '').trim());
    text = text.slice(0, dash.index);
  }
  const clean = text.replace(/\s+/g, ' ').trim();
  // A name that is all note keeps its text, so there is always something to decide on.
  return clean === '' ? { name: name.trim(), notes: [] } : { name: clean, notes: notes.filter(Boolean) };
}
