// Calendar dates as plangate.yaml writes them (YYYY-MM-DD): the schema checks the shape, this checks the date
// exists, so `2099-13-45` is refused instead of comparing as a string and waiving for ever.

/** Whether `text` is YYYY-MM-DD naming a day of the proleptic Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}
