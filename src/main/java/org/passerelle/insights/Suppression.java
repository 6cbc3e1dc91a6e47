package org.passerelle.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which published counts are withheld so that no count of 1 to 4 people can be read or worked out: the small-cell
 * rule of the open data ({@link OpenData}).
 *
 * <p>Primary suppression: a count from 1 to {@value #BELOW} − 1 is withheld. Zero is published: it says nobody did
 * something, which is about no one.
 *
 * <p>Complementary suppression: counts are tied by sums (questions are the sum of their five outcomes; a site's guide
 * answers are the sum over its guides…). Where a sum has exactly one unknown term and that term is withheld, or is a
 * small remainder the file never publishes (help requests nobody answered), subtracting would give it away: one more
 * term of that sum is withheld, the smallest non-zero one (the least information lost), else the smallest, else the
 * total. Withholding one count may expose another sum, so this repeats until no sum has a lone protected unknown.
 * It is greedy, not optimal (the fewest cells withheld is a hard problem); it is always safe.
 */
final class Suppression {

    /** Counts under this are withheld. */
    static final int BELOW = 5;

    /** One count of the file: published, withheld, or a remainder the file never shows. */
    static final class Cell {
        private final int value;
        private final boolean remainder;
        private boolean withheld;

        private Cell(int value, boolean remainder) {
            this.value = value;
            this.remainder = remainder;
            this.withheld = small(value) && !remainder;
        }

        /** A count the file shows, unless it must be withheld. */
        static Cell of(int value) {
            return new Cell(value, false);
        }

        /** What a sum's published terms leave over, which the file never shows (help requests nobody answered). */
        static Cell remainder(int value) {
            return new Cell(value, true);
        }

        int value() {
            return value;
        }

        boolean withheld() {
            return withheld;
        }

        private boolean unknown() {
            return withheld || remainder;
        }

        /** Whether working this cell out would tell too much. */
        private boolean protectedValue() {
            return withheld || small(value);
        }

        private static boolean small(int value) {
            return value > 0 && value < BELOW;
        }
    }

    /** {@code total} = the sum of {@code terms}. */
    record Sum(Cell total, List<Cell> terms) {

        Sum {
            terms = List.copyOf(terms);
        }
    }

    private Suppression() {
    }

    /** Withholds cells of {@code sums} until no withheld or small unpublished count can be worked out. */
    static void apply(List<Sum> sums) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                List<Cell> cells = new ArrayList<>(sum.terms());
                cells.add(sum.total());
                List<Cell> unknown = cells.stream().filter(Cell::unknown).toList();
                if (unknown.size() == 1 && unknown.getFirst().protectedValue()) {
                    Optional<Cell> next = complement(sum);
                    if (next.isPresent()) {
                        next.get().withheld = true;
                        changed = true;
                    }
                }
            }
        }
    }

    private static Optional<Cell> complement(Sum sum) {
        List<Cell> shown = sum.terms().stream().filter(c -> !c.unknown()).toList();
        Optional<Cell> term = shown.stream().filter(c -> c.value() > 0).min(Comparator.comparingInt(Cell::value))
                .or(() -> shown.stream().min(Comparator.comparingInt(Cell::value)));
        return term.or(() -> sum.total().unknown() ? Optional.empty() : Optional.of(sum.total()));
    }
}
