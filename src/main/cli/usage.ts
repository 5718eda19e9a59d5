import { AppFailure } from '../appFailure.js';

/** A command module's argument errors: the problem, then its usage lines, as an invalid_argument failure. */
export function usageFailure(usageLines: string): (problem: string) => AppFailure {
  return (problem) => new AppFailure('invalid_argument', `${problem}\nUso:\n${usageLines}`);
}
