// Bounds on the messages a rule's results carry. A policy decides its messages (a custom one may be hostile): 20,000
// results of 10 KB each made the JUnit text longer than a JavaScript string may be, and the whole report was lost.
// A message longer than MAX_MESSAGE_CHARS is cut, and once a rule's messages have used MAX_RULE_MESSAGE_CHARS its
// further results carry a short note instead. Every result is still there with its status and resource: what is
// cut is only text, and the cut says so.

/** Characters of one result's message. */
export const MAX_MESSAGE_CHARS = 4096;
/** Characters of message text all results of one rule may carry. */
export const MAX_RULE_MESSAGE_CHARS = 8 * 1024 ** 2;

/** The message budget of one rule. */
export class MessageBudget {
  private used = 0;

  constructor(private readonly ruleId: string) {}

  /** The distinct messages of one result, joined with "; ", cut at the limits with a visible note. */
  message(messages: Iterable<string>): string {
    if (this.used >= MAX_RULE_MESSAGE_CHARS) {
      return `(message omitted: the results of ${this.ruleId} passed ${MAX_RULE_MESSAGE_CHARS} characters of messages)`;
    }
    const text = joinCapped(messages);
    this.used += text.length;
    return text;
  }
}

/** Joins distinct messages until the length limit, then says how much was left out. */
function joinCapped(messages: Iterable<string>): string {
  const seen = new Set<string>();
  let text = '';
  let cut = 0;
  for (const message of messages) {
    if (seen.has(message)) continue;
    seen.add(message);
    const piece = text === '' ? message : `; ${message}`;
    const room = MAX_MESSAGE_CHARS - text.length;
    if (room <= 0) cut += piece.length;
    else if (piece.length <= room) text += piece;
    else {
      text += piece.slice(0, room);
      cut += piece.length - room;
    }
  }
  return cut > 0 ? `${text}… [message cut: ${cut} more characters]` : text;
}
