/**
 * The JSON form of every result (docs/cli.md, docs/VECTORS.md), in one place: field names,
 * field order and the exact number formats. {@link org.rationalnets.oracle.json.RationalNetsJson}
 * holds the mapper with one explicit serializer per library type, and the reading of weights;
 * the library modules ({@code exact}, {@code core}, {@code algorithms}) know nothing of JSON.
 */
package org.rationalnets.oracle.json;
