package org.carnet.registry.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.wsdl.rim.SlotType1;

/**
 * The parameters of a stored query (ITI TF-2 3.18.4.1.2.3): slots named {@code $...}, string values in single
 * quotes, lists in parentheses, a list possibly spread over several Value elements. Repeating a slot makes
 * separate groups: ANDed for the AND/OR code parameters, ORed everywhere else.
 */
public final class QueryParameters {
    private final Map<String, List<List<String>>> groups = new LinkedHashMap<>();

    private QueryParameters() {
    }

    public static QueryParameters parse(List<SlotType1> slots) {
        QueryParameters p = new QueryParameters();
        for (SlotType1 slot : slots) {
            List<String> values = new ArrayList<>();
            if (slot.getValueList() != null) {
                for (String raw : slot.getValueList().getValue()) {
                    values.addAll(parseValue(slot.getName(), raw));
                }
            }
            p.groups.computeIfAbsent(slot.getName(), k -> new ArrayList<>()).add(values);
        }
        return p;
    }

    /** One Value: {@code 'x'}, {@code ('x','y')}, an unquoted number, or part of a list spread over Values. */
    static List<String> parseValue(String name, String raw) {
        String v = raw == null ? "" : raw.trim();
        if (v.startsWith("(")) {
            v = v.substring(1);
        }
        if (v.endsWith(")")) {
            v = v.substring(0, v.length() - 1);
        }
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\'') {
                if (quoted && i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                items.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (quoted) {
            throw new XdsException(ErrorCode.REGISTRY_ERROR, "parameter " + name + " has an unclosed quote: " + raw);
        }
        String last = current.toString().trim();
        if (!last.isEmpty() || !items.isEmpty()) {
            items.add(last);
        }
        for (String item : items) {
            if (item.isEmpty()) {
                throw new XdsException(ErrorCode.REGISTRY_ERROR, "parameter " + name + " has an empty value: " + raw);
            }
        }
        return items;
    }

    public boolean has(String name) {
        return groups.containsKey(name);
    }

    /** All values of the parameter, every slot together (OR semantics). */
    public List<String> list(String name) {
        return groups.getOrDefault(name, List.of()).stream().flatMap(List::stream).toList();
    }

    /** The values per slot: each inner list ORed, the groups ANDed (AND/OR code parameters). */
    public List<List<String>> groups(String name) {
        return groups.getOrDefault(name, List.of());
    }

    public List<String> requiredList(String name) {
        List<String> values = list(name);
        if (values.isEmpty()) {
            throw new XdsException(ErrorCode.STORED_QUERY_MISSING_PARAM, "required parameter " + name + " is missing");
        }
        return values;
    }

    public Optional<String> single(String name) {
        List<String> values = list(name);
        if (values.size() > 1) {
            throw new XdsException(ErrorCode.STORED_QUERY_PARAM_NUMBER,
                    "parameter " + name + " takes one value, found " + values.size());
        }
        return values.stream().findFirst();
    }

    public String required(String name) {
        return single(name).orElseThrow(() -> new XdsException(ErrorCode.STORED_QUERY_MISSING_PARAM,
                "required parameter " + name + " is missing"));
    }

    /** The name of the one parameter given among mutually exclusive alternatives. */
    public String exactlyOneOf(String... names) {
        List<String> given = new ArrayList<>();
        for (String name : names) {
            if (has(name)) {
                given.add(name);
            }
        }
        if (given.isEmpty()) {
            throw new XdsException(ErrorCode.STORED_QUERY_MISSING_PARAM,
                    "one of " + String.join(", ", names) + " is required");
        }
        if (given.size() > 1) {
            throw new XdsException(ErrorCode.STORED_QUERY_PARAM_NUMBER,
                    "only one of " + String.join(", ", given) + " may be given");
        }
        return given.get(0);
    }
}
