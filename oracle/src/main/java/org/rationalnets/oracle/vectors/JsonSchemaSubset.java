package org.rationalnets.oracle.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A validator for the part of JSON Schema (draft 2020-12) that the vector schema uses: type,
 * const, enum, pattern, minimum, minItems, required, properties, additionalProperties, items,
 * oneOf and local $ref. No validator library is a dependency of this project; this is enough to
 * make the committed schema an enforced contract rather than documentation. Any other keyword
 * in the schema is reported as unsupported, so the schema cannot silently outgrow the validator.
 */
public final class JsonSchemaSubset {

    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "$defs", "type", "const",
            "enum", "pattern", "minimum", "minItems", "required", "properties", "additionalProperties", "items", "oneOf", "$ref");

    private final JsonNode root;

    public JsonSchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** The violations of {@code value} (empty when valid), each with its JSON path. */
    public List<String> validate(JsonNode value) {
        List<String> errors = new ArrayList<>();
        validate(root, value, "$", errors);
        return errors;
    }

    private void validate(JsonNode schema, JsonNode v, String path, List<String> errors) {
        schema.fieldNames().forEachRemaining(k -> {
            if (!KNOWN.contains(k)) {
                errors.add(path + ": unsupported schema keyword " + k);
            }
        });
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                errors.add(path + ": unsupported $ref " + ref);
                return;
            }
            validate(root.get("$defs").get(ref.substring("#/$defs/".length())), v, path, errors);
        }
        if (schema.has("type")) {
            JsonNode t = schema.get("type");
            boolean ok = false;
            for (JsonNode one : t.isArray() ? t : List.of(t)) {
                ok |= hasType(v, one.asText());
            }
            if (!ok) {
                errors.add(path + ": expected type " + t + ", got " + v.getNodeType());
                return;
            }
        }
        if (schema.has("const") && !schema.get("const").equals(v)) {
            errors.add(path + ": expected " + schema.get("const") + ", got " + v);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(path + ": " + v + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("pattern") && v.isTextual() && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
            errors.add(path + ": \"" + v.asText() + "\" does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && v.isNumber() && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            errors.add(path + ": " + v + " below the minimum " + schema.get("minimum"));
        }
        if (schema.has("minItems") && v.isArray() && v.size() < schema.get("minItems").asInt()) {
            errors.add(path + ": fewer than " + schema.get("minItems") + " items");
        }
        if (v.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!v.has(r.asText())) {
                    errors.add(path + ": missing required field " + r.asText());
                }
            }
            JsonNode props = schema.path("properties");
            v.fieldNames().forEachRemaining(k -> {
                if (props.has(k)) {
                    validate(props.get(k), v.get(k), path + "." + k, errors);
                } else if (schema.has("additionalProperties")) {
                    JsonNode ap = schema.get("additionalProperties");
                    if (ap.isBoolean() && !ap.booleanValue()) {
                        errors.add(path + ": unexpected field " + k);
                    } else if (ap.isObject()) {
                        validate(ap, v.get(k), path + "." + k, errors);
                    }
                }
            });
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                validate(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
            }
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> all = new ArrayList<>();
            for (JsonNode alternative : schema.get("oneOf")) {
                List<String> e = new ArrayList<>();
                validate(alternative, v, path, e);
                if (e.isEmpty()) {
                    matching++;
                } else {
                    all.add(e.get(0));
                }
            }
            if (matching != 1) {
                errors.add(path + ": matches " + matching + " alternatives of oneOf, expected exactly 1" + (matching == 0 ? " " + all : ""));
            }
        }
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
