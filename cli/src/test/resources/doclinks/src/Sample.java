/** Fixture for DocumentationLinksTest: docs/theory.md §1 exists, docs/theory.md §7 does not; docs/theory.md#S1 exists, docs/theory.md#B1 does not. */
class Sample {
}
