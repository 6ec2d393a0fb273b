/** How closely a figure's context must tie it to a fact before the matcher decides (matcher.ts, bearsOut.ts). */

/** Thresholds of the decision, in units of shared-term weight × rarity. */
export const THRESHOLDS = {
  /** Below this, a figure's context does not tie it to any fact. */
  mismatch: 6,
  /** A fact with the figure's value supports it when its context is at least this share of the best. */
  supportRatio: 0.45,
  /** The same, for a fact whose value agrees only through the draft's qualifier (more than, nearly, about). */
  qualifiedSupportRatio: 0.6,
  /** … and at least this much in absolute terms. */
  supportMin: 0.8,
  /** Facts within this share of the best context are tied; ties are broken by lists and digits. */
  tie: 0.85,
};
