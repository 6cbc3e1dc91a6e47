package org.passerelle.site;

/** The 13 Canadian provinces and territories, by their two-letter postal codes. Labels: {@code site.province.<code>}. */
public enum Province {
    AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT
}
