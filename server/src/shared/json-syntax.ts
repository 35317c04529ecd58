// Finds the first JSON syntax error of a text and where its problem starts (an unclosed string at its opening quote).
export interface JsonSyntaxError {
  /** 0-based UTF-16 offset. */
  offset: number;
  message: string;
}

class Failure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** The first syntax error of `text` as JSON (a leading BOM allowed), or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string, at = i): never => {
    throw new Failure(at, message);
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n' || c === '\r') fail('unclosed string: a JSON string ends with " on the line it starts', start);
      if (c < ' ') fail('a control character inside a string (write it as an escape such as \\t)');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hexadecimal digits');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`unknown escape "\\${e ?? ''}" in a string`);
        i += 2;
        continue;
      }
      i++;
    }
    fail('unclosed string: a JSON string ends with " on the line it starts', start);
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      const open = i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a comma before "}" (JSON allows no trailing comma)' : `expected a key in double quotes, found ${describe(i)}`);
        string();
        space();
        if (text[i] !== ':') fail(`expected ":" after the key, found ${describe(i)}`);
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        if (i >= text.length) fail('unclosed "{": no "}" closes it before the end of the file', open);
        fail(`expected "," or "}" after a value, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      const open = i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] === ']') fail('a comma before "]" (JSON allows no trailing comma)');
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        if (i >= text.length) fail('unclosed "[": no "]" closes it before the end of the file', open);
        fail(`expected "," or "]" after a value, found ${describe(i)}`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(`expected a value, found ${describe(i)}${c === "'" ? ' (JSON strings take double quotes)' : ''}`);
  };
  try {
    value();
    space();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { offset: error.offset, message: error.message };
    if (error instanceof RangeError) return undefined; // nested too deep to scan: the YAML parser reports it
    throw error;
  }
}
