package org.boardpack.intake;

import java.io.StringReader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Where a value is in a YAML file (its 1-based line and column), from SnakeYAML's node tree, for messages. */
final class YamlLines {

    private final Node root;

    private YamlLines(Node root) {
        this.root = root;
    }

    /** The tree of a document that has already loaded without a syntax error. */
    static YamlLines of(String text) {
        return new YamlLines(new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text)));
    }

    /**
     * @param path map keys (String) and list indexes (Integer, 0-based) from the document's root; a map key
     *             as the last element gives the key's own position
     * @return the node's 1-based line, or 0 when the path is not in the document
     */
    int line(Object... path) {
        Node n = find(path);
        return n == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** The node's 1-based column, or 0. */
    int column(Object... path) {
        Node n = find(path);
        return n == null ? 0 : n.getStartMark().getColumn() + 1;
    }

    private Node find(Object... path) {
        Node n = root;
        for (int i = 0; i < path.length && n != null; i++) {
            Object step = path[i];
            if (step instanceof Integer index && n instanceof SequenceNode seq) {
                n = index < seq.getValue().size() ? seq.getValue().get(index) : null;
            } else if (step instanceof String key && n instanceof MappingNode map) {
                Node next = null;
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        next = i == path.length - 1 ? t.getKeyNode() : t.getValueNode();
                        break;
                    }
                }
                n = next;
            } else {
                n = null;
            }
        }
        return n;
    }
}
