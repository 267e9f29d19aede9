package config

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseFullFile(t *testing.T) {
	c, err := Parse([]byte(`
payment-urls: [billing/attempts]
write-methods: [post, put]
functions:
  - {package: github.com/acme/billing, name: Client.Charge, kind: write}
idempotency-headers: [X-Acme-Key]
idempotency-fields: [dedupe_id]
poll-interval-min: 3s
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.PollMin(); got != 3*time.Second {
		t.Errorf("PollMin = %v, want 3s", got)
	}
	if got := strings.Join(c.Methods(), ","); got != "POST,PUT" {
		t.Errorf("Methods = %s", got)
	}
	if fs := c.FunctionsOfKind(KindWrite); len(fs) != 1 || fs[0].Name != "Client.Charge" {
		t.Errorf("FunctionsOfKind(write) = %v", fs)
	}
}

func TestDefaultsWhenEmpty(t *testing.T) {
	for _, c := range []*Config{nil, new(Config)} {
		if c.PollMin() != DefaultPollIntervalMin {
			t.Errorf("PollMin = %v", c.PollMin())
		}
		if strings.Join(c.Methods(), ",") != "POST,PATCH" {
			t.Errorf("Methods = %v", c.Methods())
		}
	}
	if _, err := Parse(nil); err != nil {
		t.Errorf("empty file: %v", err)
	}
}

func TestForDirWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, FileName), []byte("poll-interval-min: 5s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := ForDir(deep)
	if err != nil || c.PollMin() != 5*time.Second {
		t.Fatalf("ForDir = %v, %v", c, err)
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, FileName), []byte("nope: 1\n"), 0o644)
	if _, err := ForDir(bad); err == nil || !strings.Contains(err.Error(), FileName) {
		t.Errorf("malformed file: error = %v, want it to name the file", err)
	}
}

const (
	allKeys    = "payment-urls, write-methods, functions, idempotency-headers, idempotency-fields, poll-interval-min"
	allMethods = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, CONNECT, TRACE"
	allKinds   = "write, create, status-read, fulfillment, state-write, verifier, idempotency"
	wantDur    = `want a duration such as "2s" or "1500ms"`
)

// parseErrors are the .paylint.yml mistakes and their exact messages.
var parseErrors = []struct{ name, in, want string }{
	{"misspelt key", "poll-interval-min: 2s\npol-interval-min: 3s\n",
		`line 2: unknown key "pol-interval-min" (did you mean "poll-interval-min"?)`},
	{"key in the wrong case", "Poll-Interval-Min: 3s\n",
		`line 1: unknown key "Poll-Interval-Min" (did you mean "poll-interval-min"?)`},
	{"unknown key with no near match", "nope: 1\n",
		`line 1: unknown key "nope" (want one of ` + allKeys + `)`},
	{"number as key", "3: x\n",
		`line 1: unknown key "3" (want one of ` + allKeys + `)`},
	{"list as key", "? [a]\n: 1\n",
		`line 1: want a key name, got a list`},
	{"key set twice", "poll-interval-min: 2s\n\npoll-interval-min: 3s\n",
		`line 3: poll-interval-min: set twice (first on line 1)`},
	{"not an HTTP method", "# unsafe methods\n\nwrite-methods: [POST, YEET]\n",
		`line 3: write-methods: "YEET" is not an HTTP method (want one of ` + allMethods + `)`},
	{"lower-case non-method quoted as written", "write-methods:\n  - post\n  - fetch\n",
		`line 3: write-methods: "fetch" is not an HTTP method (want one of ` + allMethods + `)`},
	{"methods as one string", "write-methods: POST\n",
		`line 1: write-methods: want a list of strings, got "POST"`},
	{"number instead of a list", "payment-urls: 3\n",
		`line 1: payment-urls: want a list of strings, got 3`},
	{"mapping instead of a list", "idempotency-headers: {X-Key: 1}\n",
		`line 1: idempotency-headers: want a list of strings, got a mapping`},
	{"list inside a list", "payment-urls:\n  - [a, b]\n",
		`line 2: payment-urls: want a non-empty string, got a list`},
	{"number in a list of strings", "idempotency-fields: [dedupe_id, 42]\n",
		`line 1: idempotency-fields: want a non-empty string, got 42`},
	{"empty string in a list", "payment-urls: [\"\"]\n",
		`line 1: payment-urls: want a non-empty string, got ""`},
	{"empty list item", "payment-urls:\n  -\n",
		`line 2: payment-urls: want a non-empty string, got nothing`},
	{"duration in words", "poll-interval-min: fast\n",
		`line 1: poll-interval-min: ` + wantDur + `, got "fast"`},
	{"duration without a unit", "poll-interval-min: 3\n",
		`line 1: poll-interval-min: ` + wantDur + `, got 3`},
	{"list where a duration is expected", "poll-interval-min: [2s]\n",
		`line 1: poll-interval-min: ` + wantDur + `, got a list`},
	{"negative duration", "poll-interval-min: -1s\n",
		`line 1: poll-interval-min: want a duration of 0s or more, got "-1s"`},
	{"functions as a mapping", "functions:\n  package: p\n",
		`line 2: functions: want a list of entries with package, name and kind, got a mapping`},
	{"function as a string", "functions: [Client.Charge]\n",
		`line 1: functions[0]: want an entry with package, name and kind, got "Client.Charge"`},
	{"misspelt function key", "functions:\n  - package: p\n    name: F\n    knd: write\n",
		`line 4: functions[0]: unknown key "knd" (did you mean "kind"?)`},
	{"unknown function key with no near match", "functions:\n  - {package: p, name: F, kind: write, receiver: Client}\n",
		`line 2: functions[0]: unknown key "receiver" (want one of package, name, kind)`},
	{"misspelt kind", "functions:\n  - {package: p, name: F, kind: write}\n  - {package: p, name: G, kind: fulfilment}\n",
		`line 3: functions[1]: unknown kind "fulfilment" (did you mean "fulfillment"? want one of ` + allKinds + `)`},
	{"unknown kind with no near match", "functions:\n  - {package: p, name: F, kind: charge}\n",
		`line 2: functions[0]: unknown kind "charge" (want one of ` + allKinds + `)`},
	{"kind as a list", "functions:\n  - {package: p, name: F, kind: [write]}\n",
		`line 2: functions[0].kind: want a string, got a list`},
	{"function without a name", "functions:\n  - {package: p, kind: write}\n",
		`line 2: functions[0]: missing "name" (each entry needs package, name and kind)`},
	{"function without a kind", "functions:\n  - package: p\n    name: F\n    kind:\n",
		`line 2: functions[0]: missing "kind" (each entry needs package, name and kind)`},
	{"function key set twice", "functions:\n  - {package: p, name: F, name: G, kind: write}\n",
		`line 2: functions[0].name: set twice (first on line 2)`},
	{"a list instead of settings", "- payment-urls\n",
		`line 1: want a mapping of settings such as "poll-interval-min: 3s", got a list`},
	{"a word instead of settings", "hello\n",
		`line 1: want a mapping of settings such as "poll-interval-min: 3s", got "hello"`},
	{"second document", "poll-interval-min: 3s\n---\npoll-interval-min: 5s\n",
		`line 3: a second YAML document (after ---) is not read; keep all settings in one document`},
	{"unclosed list", "functions: [x\n",
		`line 1: did not find expected ',' or ']'`},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range parseErrors {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(tc.in))
			if err == nil {
				t.Fatalf("Parse(%q) = %+v, want error %q", tc.in, c, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("Parse(%q) error\n got: %s\nwant: %s", tc.in, err, tc.want)
			}
		})
	}
}

// jsonErrors are the golangci-lint settings mistakes: the same words, no lines.
var jsonErrors = []struct{ name, in, want string }{
	{"misspelt key", `{"poll-interval-mn":"1s"}`,
		`unknown key "poll-interval-mn" (did you mean "poll-interval-min"?)`},
	{"unknown key with no near match", `{"poll-interval-min":"1s","pol":1}`,
		`unknown key "pol" (want one of ` + allKeys + `)`},
	{"not an HTTP method", `{"write-methods":["POST","YEET"]}`,
		`write-methods: "YEET" is not an HTTP method (want one of ` + allMethods + `)`},
	{"number instead of a list", `{"payment-urls":3}`,
		`payment-urls: want a list of strings, got 3`},
	{"string instead of a list", `{"payment-urls":"payments"}`,
		`payment-urls: want a list of strings, got "payments"`},
	{"boolean in a list of strings", `{"idempotency-headers":[true]}`,
		`idempotency-headers: want a non-empty string, got true`},
	{"duration in words", `{"poll-interval-min":"fast"}`,
		`poll-interval-min: ` + wantDur + `, got "fast"`},
	{"duration as nanoseconds", `{"poll-interval-min":2000000000}`,
		`poll-interval-min: ` + wantDur + `, got 2000000000`},
	{"negative duration", `{"poll-interval-min":"-1s"}`,
		`poll-interval-min: want a duration of 0s or more, got "-1s"`},
	{"misspelt function key", `{"functions":[{"package":"p","name":"F","knd":"write"}]}`,
		`functions[0]: unknown key "knd" (did you mean "kind"?)`},
	{"unknown kind", `{"functions":[{"package":"p","name":"F","kind":"charge"}]}`,
		`functions[0]: unknown kind "charge" (want one of ` + allKinds + `)`},
	{"function without a name", `{"functions":[{"package":"p","kind":"write"}]}`,
		`functions[0]: missing "name" (each entry needs package, name and kind)`},
	{"a list instead of settings", `[1]`,
		`want a mapping of settings such as "poll-interval-min: 3s", got a list`},
	{"truncated", `{"payment-urls":`,
		`settings are not valid JSON: unexpected EOF`},
}

func TestDecodeJSONErrors(t *testing.T) {
	for _, tc := range jsonErrors {
		t.Run(tc.name, func(t *testing.T) {
			c, err := DecodeJSON([]byte(tc.in))
			if err == nil {
				t.Fatalf("DecodeJSON(%s) = %+v, want error %q", tc.in, c, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("DecodeJSON(%s) error\n got: %s\nwant: %s", tc.in, err, tc.want)
			}
		})
	}
}

// TestErrorsSpeakTheUsersWords guards every message above against Go and
// YAML-library vocabulary.
func TestErrorsSpeakTheUsersWords(t *testing.T) {
	var msgs []string
	for _, tc := range parseErrors {
		msgs = append(msgs, tc.want)
	}
	for _, tc := range jsonErrors {
		msgs = append(msgs, tc.want)
	}
	for _, m := range msgs {
		for _, bad := range []string{"config.", "[]string", "time.Duration", "Go value", "unmarshal", "!!", "field ", "\n"} {
			if strings.Contains(m, bad) {
				t.Errorf("message %q contains %q", m, bad)
			}
		}
	}
}

// TestNoSettingsIsNoFile: files and settings that say nothing behave like
// no file at all.
func TestNoSettingsIsNoFile(t *testing.T) {
	for _, in := range []string{"", "\n\n", "# only\n# comments\n", "---\n", "~\n", "{}\n",
		"payment-urls:\nwrite-methods:\nfunctions:\npoll-interval-min:\n", "poll-interval-min: 3s\n---\n"} {
		c, err := Parse([]byte(in))
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		if strings.Join(c.Methods(), ",") != "POST,PATCH" || len(c.PaymentURLs)+len(c.Functions) != 0 {
			t.Errorf("Parse(%q) = %+v, want the defaults", in, c)
		}
	}
	for _, in := range []string{"", "null", "{}", `{"payment-urls":null,"poll-interval-min":null}`} {
		c, err := DecodeJSON([]byte(in))
		if err != nil || c.PollMin() != DefaultPollIntervalMin || len(c.Methods()) != 2 {
			t.Errorf("DecodeJSON(%q) = %+v, %v; want the defaults", in, c, err)
		}
	}
}

// TestValidLookAlikes are values close to the mistakes above that are fine.
func TestValidLookAlikes(t *testing.T) {
	c, err := Parse([]byte(`
write-methods: [post, Put, DELETE, options]
payment-urls: ["2024", billing/attempts]
functions:
  - &charge {package: github.com/acme/billing, name: Client.Charge, kind: write}
  - *charge
  - {package: "github.com/acme/billing", name: Client.Refund, kind: "create"}
poll-interval-min: "1500ms"
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.WriteMethods, ","); got != "POST,PUT,DELETE,OPTIONS" {
		t.Errorf("WriteMethods = %s, want them upper case", got)
	}
	if got := strings.Join(c.PaymentURLs, ","); got != "2024,billing/attempts" {
		t.Errorf("PaymentURLs = %s", got)
	}
	if len(c.Functions) != 3 || c.Functions[1] != c.Functions[0] || c.Functions[2].Kind != KindCreate {
		t.Errorf("Functions = %+v", c.Functions)
	}
	if c.PollMin() != 1500*time.Millisecond {
		t.Errorf("PollMin = %v", c.PollMin())
	}
	if c, err := Parse([]byte("poll-interval-min: 0s\n")); err != nil || c.PollMin() != DefaultPollIntervalMin {
		t.Errorf("poll-interval-min: 0s = %v, %v; want the default", c, err)
	}
	j, err := DecodeJSON([]byte(`{"write-methods":["put"],"functions":[{"kind":"verifier","name":"Verify","package":"p"}]}`))
	if err != nil || strings.Join(j.WriteMethods, ",") != "PUT" || len(j.FunctionsOfKind(KindVerifier)) != 1 {
		t.Errorf("DecodeJSON = %+v, %v", j, err)
	}
}

// TestLoadNamesTheFile checks the whole one-line message a user sees.
func TestLoadNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, []byte("payment-urls: [pay]\nwrite-methods:\n  - POST\n  - yeet\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "config " + path + `: line 4: write-methods: "yeet" is not an HTTP method (want one of ` + allMethods + `)`
	if _, err := Load(path); err == nil || err.Error() != want {
		t.Errorf("Load error\n got: %v\nwant: %s", err, want)
	}
}

// TestSchemaInStep keeps the decoder's keys equal to the struct tags that
// document the schema (and that MarshalJSON writes).
func TestSchemaInStep(t *testing.T) {
	tags := func(v any) []string {
		var out []string
		rt := reflect.TypeOf(v)
		for i := range rt.NumField() {
			y, j := rt.Field(i).Tag.Get("yaml"), rt.Field(i).Tag.Get("json")
			if y != j {
				t.Errorf("%s: yaml tag %q, json tag %q", rt.Field(i).Name, y, j)
			}
			out = append(out, y)
		}
		return out
	}
	var keys []string
	for _, k := range topKeys {
		keys = append(keys, k.name)
	}
	if got, want := strings.Join(keys, ","), strings.Join(tags(Config{}), ","); got != want {
		t.Errorf("topKeys = %s, Config tags = %s", got, want)
	}
	if got, want := strings.Join(functionKeys, ","), strings.Join(tags(Function{}), ","); got != want {
		t.Errorf("functionKeys = %s, Function tags = %s", got, want)
	}
}

// TestJSONRoundTrip: a Config written as JSON reads back the same, so the
// golangci-lint settings and the Go form cannot drift apart.
func TestJSONRoundTrip(t *testing.T) {
	in, err := Parse([]byte("write-methods: [put]\nfunctions: [{package: p, name: F, kind: write}]\npoll-interval-min: 3s\n"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := DecodeJSON(data)
	if err != nil || !reflect.DeepEqual(in, out) {
		t.Errorf("DecodeJSON(%s) = %+v, %v; want %+v", data, out, err, in)
	}
}

// TestShippedExamplesParse: the strict decoder still accepts every
// .paylint.yml the repository ships and the one the README documents.
func TestShippedExamplesParse(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/src/*/*/" + FileName)
	if len(files) == 0 {
		t.Fatal("no testdata .paylint.yml found")
	}
	for _, f := range files {
		if _, err := Load(f); err != nil {
			t.Error(err)
		}
	}
	readme, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "```yaml\n# .paylint.yml\n")
	if !ok {
		t.Fatal("README.md has no ```yaml block starting with # .paylint.yml")
	}
	block, _, _ = strings.Cut(block, "```")
	if _, err := Parse([]byte(block)); err != nil {
		t.Errorf("README example: %v", err)
	}
}
