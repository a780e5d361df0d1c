package se.avtalsvakt.api.governance;

/** The party a seat represents; quorum and the minutes rule count per side. */
public enum Side {
    /** The municipalities (VGK), through their associations, VästKom or Göteborgs stad. */
    MUNICIPALITIES,
    /** The region (VGR). */
    REGION,
    /** A supplier, e.g. Hjälpmedelscentralen. */
    SUPPLIER,
    /** Anyone else. */
    OTHER
}
