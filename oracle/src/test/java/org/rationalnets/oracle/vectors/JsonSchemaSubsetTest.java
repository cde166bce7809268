package org.rationalnets.oracle.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each keyword of the schema subset, on a small schema written here: valid values pass, each kind of violation is named with its path. */
class JsonSchemaSubsetTest {

    private static final String SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x", "title": "t", "description": "d",
             "type": "object", "required": ["name", "count"], "additionalProperties": false,
             "properties": {
               "name": {"type": "string", "pattern": "^[a-z]+$"},
               "count": {"type": "integer", "minimum": 1},
               "ratio": {"type": ["number", "null"]},
               "kind": {"enum": ["a", "b"]},
               "version": {"const": "1.0"},
               "flag": {"type": "boolean"},
               "tags": {"type": "array", "minItems": 1, "items": {"type": "string"}},
               "extra": {"type": "object", "additionalProperties": {"type": "integer"}},
               "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
               "ref": {"$ref": "#/$defs/small"},
               "any": {}
             },
             "$defs": {"small": {"type": "integer", "minimum": 0}}}
            """;

    private static final JsonSchemaSubset V = new JsonSchemaSubset(VectorJson.parse(SCHEMA));

    private static java.util.List<String> errors(String json) {
        return V.validate(VectorJson.parse(json));
    }

    @Test
    void aValidValuePasses() {
        assertThat(errors("""
                {"name": "abc", "count": 1, "ratio": 0.5, "kind": "b", "version": "1.0", "flag": true, "tags": ["x"],
                 "extra": {"k": 3}, "either": 7, "ref": 0, "any": [1, "x", null]}""")).isEmpty();
        assertThat(errors("{\"name\": \"abc\", \"count\": 2, \"ratio\": null, \"either\": \"s\"}")).isEmpty();
    }

    @Test
    void eachViolationIsNamedWithItsPath() {
        assertThat(errors("{\"count\": 1}")).containsExactly("$: missing required field name");
        assertThat(errors("[]")).containsExactly("$: expected type \"object\", got ARRAY");
        assertThat(errors("{\"name\": \"Abc\", \"count\": 1}")).containsExactly("$.name: \"Abc\" does not match ^[a-z]+$");
        assertThat(errors("{\"name\": \"a\", \"count\": 0}")).containsExactly("$.count: 0 below the minimum 1");
        assertThat(errors("{\"name\": \"a\", \"count\": 1.5}")).containsExactly("$.count: expected type \"integer\", got NUMBER");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"ratio\": \"x\"}")).containsExactly(
                "$.ratio: expected type [\"number\",\"null\"], got STRING");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"kind\": \"c\"}")).containsExactly("$.kind: \"c\" not in [\"a\",\"b\"]");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"version\": \"2.0\"}")).containsExactly("$.version: expected \"1.0\", got \"2.0\"");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"flag\": 1}")).containsExactly("$.flag: expected type \"boolean\", got NUMBER");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"tags\": []}")).containsExactly("$.tags: fewer than 1 items");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"tags\": [\"x\", 2]}")).containsExactly(
                "$.tags[1]: expected type \"string\", got NUMBER");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"extra\": {\"k\": \"v\"}}")).containsExactly(
                "$.extra.k: expected type \"integer\", got STRING");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"other\": 1}")).containsExactly("$: unexpected field other");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"either\": true}")).containsExactly(
                "$.either: matches 0 alternatives of oneOf, expected exactly 1 [$.either: expected type \"string\", got BOOLEAN, "
                        + "$.either: expected type \"integer\", got BOOLEAN]");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"ref\": -1}")).containsExactly("$.ref: -1 below the minimum 0");
        assertThat(errors("{\"name\": \"a\", \"count\": 1, \"ref\": \"x\"}")).containsExactly("$.ref: expected type \"integer\", got STRING");
    }

    @Test
    void oneOfMatchingTwiceFails() {
        JsonSchemaSubset both = new JsonSchemaSubset(VectorJson.parse("{\"oneOf\": [{\"type\": \"integer\"}, {\"minimum\": 0}]}"));
        assertThat(both.validate(VectorJson.parse("3"))).containsExactly("$: matches 2 alternatives of oneOf, expected exactly 1");
        assertThat(both.validate(VectorJson.parse("-3"))).isEmpty();
    }

    @Test
    void keywordsOutsideTheSubsetAreReported() {
        JsonSchemaSubset unknown = new JsonSchemaSubset(VectorJson.parse("{\"type\": \"string\", \"maxLength\": 3}"));
        assertThat(unknown.validate(VectorJson.parse("\"abcd\""))).containsExactly("$: unsupported schema keyword maxLength");
        JsonSchemaSubset remote = new JsonSchemaSubset(VectorJson.parse("{\"$ref\": \"http://example.org/s.json\", \"type\": \"string\"}"));
        assertThat(remote.validate(VectorJson.parse("1"))).containsExactly("$: unsupported $ref http://example.org/s.json");
        JsonSchemaSubset unknownType = new JsonSchemaSubset(VectorJson.parse("{\"type\": \"decimal\"}"));
        assertThat(unknownType.validate(VectorJson.parse("1"))).containsExactly("$: expected type \"decimal\", got NUMBER");
    }

    /** Keywords that do not apply to a value's type are ignored, as in JSON Schema. */
    @Test
    void keywordsForOtherTypesAreIgnored() {
        JsonSchemaSubset s = new JsonSchemaSubset(VectorJson.parse(
                "{\"pattern\": \"^a$\", \"minimum\": 5, \"minItems\": 2, \"required\": [\"x\"], \"items\": {\"type\": \"string\"}}"));
        assertThat(s.validate(VectorJson.parse("3"))).containsExactly("$: 3 below the minimum 5");
        assertThat(s.validate(VectorJson.parse("\"b\""))).containsExactly("$: \"b\" does not match ^a$");
        assertThat(s.validate(VectorJson.parse("[1]"))).containsExactly("$: fewer than 2 items", "$[0]: expected type \"string\", got NUMBER");
        assertThat(s.validate(VectorJson.parse("{}"))).containsExactly("$: missing required field x");
        assertThat(s.validate(VectorJson.parse("{\"x\": 1, \"y\": 2}"))).as("no additionalProperties: anything goes").isEmpty();
        assertThat(s.validate(VectorJson.parse("5"))).isEmpty();
        assertThat(s.validate(VectorJson.parse("[\"a\", \"b\"]"))).isEmpty();
    }
}
