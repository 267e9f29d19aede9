package config

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/paylint/paylint/analyzers/internal/suggest"
)

// The configuration is decoded by walking the YAML node tree by hand rather
// than with yaml.Decoder.KnownFields: the decoder's errors name Go types
// ("field x not found in type config.Config", "cannot unmarshal !!int into
// []string"), which mean nothing to the user. Every error here says, in the
// words of the file, the line (when there is one), the key, what was wanted
// and what was found. JSON settings are turned into the same tree (without
// lines) so both forms give the same messages.

// httpMethods are the methods write-methods accepts, in the order the
// message lists them.
var httpMethods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE"}

// kinds are the function kinds, in the order the message lists them.
var kinds = []string{KindWrite, KindCreate, KindStatusRead, KindFulfillment, KindStateWrite, KindVerifier, KindIdempotency}

// topKey is one key of the configuration and how to decode its value.
type topKey struct {
	name   string
	decode func(c *Config, key string, v *yaml.Node) error
}

// topKeys is the schema, in the order of the documentation.
var topKeys = []topKey{
	{"payment-urls", func(c *Config, key string, v *yaml.Node) (err error) {
		c.PaymentURLs, err = stringList(key, v, nil)
		return err
	}},
	{"write-methods", func(c *Config, key string, v *yaml.Node) (err error) {
		c.WriteMethods, err = stringList(key, v, httpMethod)
		return err
	}},
	{"functions", func(c *Config, key string, v *yaml.Node) (err error) {
		c.Functions, err = functions(key, v)
		return err
	}},
	{"idempotency-headers", func(c *Config, key string, v *yaml.Node) (err error) {
		c.IdempotencyHeaders, err = stringList(key, v, nil)
		return err
	}},
	{"idempotency-fields", func(c *Config, key string, v *yaml.Node) (err error) {
		c.IdempotencyFields, err = stringList(key, v, nil)
		return err
	}},
	{"poll-interval-min", func(c *Config, key string, v *yaml.Node) (err error) {
		c.PollIntervalMin, err = duration(key, v)
		return err
	}},
}

// functionKeys are the keys of one functions entry.
var functionKeys = []string{"package", "name", "kind"}

// decodeRoot decodes a whole configuration; a null document is the empty one.
func decodeRoot(root *yaml.Node) (*Config, error) {
	c := new(Config)
	root = resolve(root)
	if isNull(root) {
		return c, nil
	}
	names := make([]string, len(topKeys))
	for i, k := range topKeys {
		names[i] = k.name
	}
	err := eachKey("", root, names, "a mapping of settings such as \"poll-interval-min: 3s\"", func(i int, key string, v *yaml.Node) error {
		return topKeys[i].decode(c, key, v)
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// eachKey walks the mapping m, whose known keys are names, calling f with
// the index of each key in names and its value. path prefixes the messages
// ("functions[0]"); want says what m should be when it is not a mapping.
func eachKey(path string, m *yaml.Node, names []string, want string, f func(i int, key string, v *yaml.Node) error) error {
	if m.Kind != yaml.MappingNode {
		return errorf(m, "%swant %s, got %s", prefix(path), want, describe(m))
	}
	seen := map[string]*yaml.Node{}
	for j := 0; j+1 < len(m.Content); j += 2 {
		k, v := resolve(m.Content[j]), resolve(m.Content[j+1])
		if k.Kind != yaml.ScalarNode {
			return errorf(k, "%swant a key name, got %s", prefix(path), describe(k))
		}
		i := indexOf(names, k.Value)
		if i < 0 {
			return errorf(k, "%sunknown key %q%s", prefix(path), k.Value, didYouMean(k.Value, names, ""))
		}
		key := join(path, k.Value)
		if first, dup := seen[k.Value]; dup {
			return errorf(k, "%s: set twice%s", key, firstLine(first))
		}
		seen[k.Value] = k
		if err := f(i, key, v); err != nil {
			return err
		}
	}
	return nil
}

// stringList decodes a list of non-empty strings; check, if not nil,
// validates and normalises each one. A null value is an empty list.
func stringList(key string, v *yaml.Node, check func(key string, s *yaml.Node) (string, error)) ([]string, error) {
	if isNull(v) {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, errorf(v, "%s: want a list of strings, got %s", key, describe(v))
	}
	out := make([]string, 0, len(v.Content))
	for _, item := range v.Content {
		item = resolve(item)
		if !isString(item) || item.Value == "" {
			return nil, errorf(item, "%s: want a non-empty string, got %s", key, describe(item))
		}
		s := item.Value
		if check != nil {
			var err error
			if s, err = check(key, item); err != nil {
				return nil, err
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// httpMethod accepts an HTTP method in any case and returns it upper case.
func httpMethod(key string, s *yaml.Node) (string, error) {
	m := strings.ToUpper(s.Value)
	if indexOf(httpMethods, m) < 0 {
		return "", errorf(s, "%s: %q is not an HTTP method (want one of %s)", key, s.Value, strings.Join(httpMethods, ", "))
	}
	return m, nil
}

// functions decodes the functions list.
func functions(key string, v *yaml.Node) ([]Function, error) {
	if isNull(v) {
		return nil, nil
	}
	const entry = "an entry with package, name and kind"
	if v.Kind != yaml.SequenceNode {
		return nil, errorf(v, "%s: want a list of entries with package, name and kind, got %s", key, describe(v))
	}
	out := make([]Function, 0, len(v.Content))
	for i, e := range v.Content {
		e = resolve(e)
		path := fmt.Sprintf("%s[%d]", key, i)
		f, err := function(path, e, entry)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// function decodes one functions entry: all three keys are required.
func function(path string, e *yaml.Node, want string) (Function, error) {
	var f Function
	fields := []*string{&f.Package, &f.Name, &f.Kind}
	err := eachKey(path, e, functionKeys, want, func(i int, key string, v *yaml.Node) error {
		if isNull(v) {
			return nil // reported as missing below
		}
		if !isString(v) {
			return errorf(v, "%s: want a string, got %s", key, describe(v))
		}
		*fields[i] = v.Value
		if fields[i] == &f.Kind && indexOf(kinds, v.Value) < 0 {
			return errorf(v, "%s: unknown kind %q%s", path, v.Value, didYouMean(v.Value, kinds, strings.Join(kinds, ", ")))
		}
		return nil
	})
	if err != nil {
		return f, err
	}
	for i, s := range fields {
		if *s == "" {
			return f, errorf(e, "%s: missing %q (each entry needs package, name and kind)", path, functionKeys[i])
		}
	}
	return f, nil
}

// duration decodes a Go duration string such as "2s"; negative is an error.
func duration(key string, v *yaml.Node) (Duration, error) {
	if isNull(v) {
		return 0, nil
	}
	want := `a duration such as "2s" or "1500ms"`
	if v.Kind != yaml.ScalarNode {
		return 0, errorf(v, "%s: want %s, got %s", key, want, describe(v))
	}
	d, err := time.ParseDuration(v.Value)
	if err != nil {
		return 0, errorf(v, "%s: want %s, got %s", key, want, describe(v))
	}
	if d < 0 {
		return 0, errorf(v, "%s: want a duration of 0s or more, got %s", key, describe(v))
	}
	return Duration(d), nil
}

// didYouMean is the parenthesised hint after an unknown name: the nearest
// candidate if one is close, and the list if all is not empty, or else
// the list of candidates when nothing is close.
func didYouMean(word string, candidates []string, all string) string {
	near, ok := suggest.Nearest(word, candidates)
	switch {
	case ok && all != "":
		return fmt.Sprintf(" (did you mean %q? want one of %s)", near, all)
	case ok:
		return fmt.Sprintf(" (did you mean %q?)", near)
	default:
		return fmt.Sprintf(" (want one of %s)", strings.Join(candidates, ", "))
	}
}

// describe shows a value the way the user wrote it: strings quoted, other
// scalars as written, collections by what they are.
func describe(n *yaml.Node) string {
	switch {
	case isNull(n):
		return "nothing"
	case isString(n):
		return fmt.Sprintf("%q", n.Value)
	case n.Kind == yaml.ScalarNode:
		return n.Value
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	}
	return "something else"
}

// errorf formats an error at n, prefixed with its line when it has one (a
// tree built from JSON has none).
func errorf(n *yaml.Node, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if n != nil && n.Line > 0 {
		msg = fmt.Sprintf("line %d: %s", n.Line, msg)
	}
	return fmt.Errorf("%s", msg)
}

func firstLine(n *yaml.Node) string {
	if n.Line > 0 {
		return fmt.Sprintf(" (first on line %d)", n.Line)
	}
	return ""
}

// resolve follows aliases (*anchor) to the node they name.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == 0 || (n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

func isString(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str"
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func prefix(path string) string {
	if path == "" {
		return ""
	}
	return path + ": "
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// jsonNode turns a decoded JSON value (decoded with UseNumber) into a YAML
// node tree without lines. Object keys are sorted, the order in which
// golangci-lint's settings arrive anyway, so the first error is stable.
func jsonNode(v any) *yaml.Node {
	switch v := v.(type) {
	case nil:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
	case string:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v)}
	case json.Number:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: v.String()}
	case []any:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for _, x := range v {
			n.Content = append(n.Content, jsonNode(x))
		}
		return n
	case map[string]any:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			n.Content = append(n.Content, jsonNode(k), jsonNode(v[k]))
		}
		return n
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: fmt.Sprint(v)}
}
