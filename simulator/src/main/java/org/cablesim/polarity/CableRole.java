package org.cablesim.polarity;

/** What a cable is used as, only for messages and counts (polarity treats both alike). */
public enum CableRole {
    /** A patch or equipment cord. */
    CORD,
    /** A trunk (permanent link), possibly with several legs per end. */
    TRUNK
}
