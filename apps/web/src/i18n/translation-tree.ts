/** The shape of a translation resource: same keys as the Dutch source, any string as value. */
export type TranslationTree<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : TranslationTree<T[K]>;
};
