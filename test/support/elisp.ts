/**
 * A reader for the small part of Emacs Lisp that editor configurations use: lists, dotted pairs, strings,
 * symbols, keywords, numbers, 'quote and #'function. Enough to check that a README snippet reads as Lisp
 * (balanced, well-formed) and to look inside it; it evaluates nothing.
 */
export type Sexp = string | number | { symbol: string } | { list: Sexp[]; tail?: Sexp };

/** Reads every form of `source`; throws with the offset on malformed input. */
export function readForms(source: string): Sexp[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`elisp: ${why} at offset ${i}: ${JSON.stringify(source.slice(Math.max(0, i - 20), i + 20))}`);
  };
  const skip = () => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i])) i++;
      if (source[i] !== ';') return;
      while (i < source.length && source[i] !== '\n') i++;
    }
  };
  const read = (): Sexp => {
    skip();
    if (i >= source.length) fail('unexpected end');
    const c = source[i];
    if (c === '(') {
      i++;
      const list: Sexp[] = [];
      let tail: Sexp | undefined;
      for (;;) {
        skip();
        if (i >= source.length) fail('unclosed (');
        if (source[i] === ')') {
          i++;
          return tail === undefined ? { list } : { list, tail };
        }
        if (source[i] === '.' && /[\s()]/.test(source[i + 1] ?? '')) {
          if (!list.length || tail !== undefined) fail('misplaced dot');
          i++;
          tail = read();
          skip();
          if (source[i] !== ')') fail('more than one form after a dot');
          continue;
        }
        list.push(read());
      }
    }
    if (c === ')') fail('unmatched )');
    if (c === "'") {
      i++;
      return { list: [{ symbol: 'quote' }, read()] };
    }
    if (c === '#' && source[i + 1] === "'") {
      i += 2;
      return { list: [{ symbol: 'function' }, read()] };
    }
    if (c === '"') {
      let text = '';
      for (i++; source[i] !== '"'; i++) {
        if (i >= source.length) fail('unclosed string');
        if (source[i] === '\\') i++;
        text += source[i];
      }
      i++;
      return text;
    }
    const atom = /^[^\s()"';]+/.exec(source.slice(i))?.[0] ?? fail('unreadable character');
    i += atom.length;
    return /^[+-]?\d+(\.\d+)?$/.test(atom) ? Number(atom) : { symbol: atom };
  };
  const forms: Sexp[] = [];
  for (skip(); i < source.length; skip()) forms.push(read());
  return forms;
}

/** A property list of keywords (`(:a 1 :b (:c "x"))`) as the JSON object eglot sends for it. */
export function plistToJson(form: Sexp): unknown {
  if (typeof form !== 'object' || !('list' in form)) return typeof form === 'object' ? form.symbol : form;
  const items = form.list;
  const isKeyword = (x: Sexp | undefined) => typeof x === 'object' && 'symbol' in x && x.symbol.startsWith(':');
  if (!items.length || !isKeyword(items[0])) return items.map(plistToJson);
  const out: Record<string, unknown> = {};
  for (let k = 0; k < items.length; k += 2) {
    if (!isKeyword(items[k])) throw new Error(`plist: ${JSON.stringify(items[k])} is not a keyword`);
    out[(items[k] as { symbol: string }).symbol.slice(1)] = plistToJson(items[k + 1]);
  }
  return out;
}
