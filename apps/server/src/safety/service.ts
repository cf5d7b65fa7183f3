/** What other modules may call in the safety module (the family plan shows the hand-over conditions). */
export { conditionsOfHousehold } from './conditions.ts';
