/** Whether `--only` leaves this scenario in: a case-insensitive part of its name; all when absent. */
export function wanted(only: string | undefined, name: string): boolean {
  return only === undefined || name.toLowerCase().includes(only.toLowerCase());
}
