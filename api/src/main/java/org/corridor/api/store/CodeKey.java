package org.corridor.api.store;

import java.util.function.IntUnaryOperator;

/**
 * A key rows can be sorted by: a dictionary code per row, from {@link TextColumn#NULL_CODE} to
 * {@code cardinality - 1}.
 *
 * @param codeOfRow the row's code
 */
record CodeKey(int cardinality, IntUnaryOperator codeOfRow) {}
