// The message of anything thrown. Libraries and workers do not always throw Error objects (a rejected promise with
// a plain object, a message posted back from a worker): `String(x)` of those prints "[object Object]", which tells
// the user nothing. One line, never a stack.

/** The most telling one-line text of a thrown value. */
export function errorText(err: unknown): string {
  if (typeof err === 'string') return firstLine(err);
  if (err instanceof Error) return firstLine(err.message || err.name);
  if (err !== null && typeof err === 'object') {
    const fields = err as { message?: unknown; code?: unknown; error?: unknown };
    if (typeof fields.message === 'string' && fields.message !== '') return firstLine(fields.message);
    if (fields.error !== undefined && fields.error !== err) return errorText(fields.error);
    if (typeof fields.code === 'string') return fields.code;
    return firstLine(safeJson(err));
  }
  return String(err);
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

function safeJson(value: object): string {
  try {
    const json = JSON.stringify(value);
    return json === undefined || json === '{}' ? 'an error without a message' : json.slice(0, 200);
  } catch {
    return 'an error without a message';
  }
}
