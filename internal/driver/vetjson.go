package driver

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// vetDiagnostic is one diagnostic of go vet's JSON output.
type vetDiagnostic struct {
	analyzer string
	vetJSONDiagnostic
}

// vetJSONDiagnostic is a diagnostic as unitchecker writes it with -json.
type vetJSONDiagnostic struct {
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes,omitempty"`
	Related []struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	} `json:"related,omitempty"`
}

// parseVetJSON reads the stream of JSON trees go vet -json prints, one
// per package: package ID → analyzer → diagnostics or {"error": …}.
// Messages lose the " (analyzer)" ending the tool adds for go vet's text.
// On an error, what was read before it is returned with the error.
func parseVetJSON(r io.Reader) (diags []vetDiagnostic, problems []string, trees int, err error) {
	dec := json.NewDecoder(r)
	seen := map[string]bool{}
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return diags, problems, trees, err
		}
		trees++
		for _, pkg := range sortedKeys(tree) {
			for _, name := range sortedKeys(tree[pkg]) {
				raw := tree[pkg][name]
				if len(raw) > 0 && raw[0] == '{' {
					var e struct{ Error string }
					if json.Unmarshal(raw, &e) == nil && e.Error != "" {
						if msg := errorLine(pkg, name, e.Error); !seen[msg] {
							seen[msg] = true
							problems = append(problems, msg)
						}
					}
					continue
				}
				var ds []vetJSONDiagnostic
				if err := json.Unmarshal(raw, &ds); err != nil {
					return diags, problems, trees, err
				}
				for _, d := range ds {
					d.Message = strings.TrimSuffix(d.Message, " ("+name+")")
					diags = append(diags, vetDiagnostic{name, d})
				}
			}
		}
	}
	return diags, problems, trees, nil
}

// errorLine words an analysis error of one package. Errors paylint's tool
// wrote itself (a configuration or flag error) already say what is wrong
// and where, the same for every package, and are printed as they are.
func errorLine(pkg, analyzer, msg string) string {
	if m, ok := strings.CutPrefix(msg, "paylint: "); ok {
		return m
	}
	if strings.HasPrefix(msg, "internal error in ") {
		return oneLine(msg)
	}
	pkg, _, _ = strings.Cut(pkg, " [")
	return oneLine(fmt.Sprintf("%s on %s: %s", analyzer, pkg, msg))
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
