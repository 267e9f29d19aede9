package output

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestCodeClimate(t *testing.T) {
	tool := Tool{Dir: "/repo/mod", Root: "/repo"}
	charge := Finding{Analyzer: "idempotency", File: "billing/charge.go", Line: 12, Column: 3, EndLine: 14, EndColumn: 2, Message: "POST /v1/payments is retried by a for loop (line 9)", Function: "Charge"}
	hook := Finding{Analyzer: "webhookverify", File: "hooks/hook.go", Line: 7, Column: 2, EndLine: 7, EndColumn: 9, Message: "webhook acted on unverified"}
	var b bytes.Buffer
	if err := Write(&b, "codeclimate", []Finding{charge, charge, hook}, tool); err != nil {
		t.Fatal(err)
	}
	var issues []struct {
		Type, CheckName, Description, Severity, Fingerprint string
		Categories                                          []string
		Location                                            struct {
			Path  string
			Lines struct{ Begin, End int }
		}
	}
	// encoding/json matches check_name to CheckName only with a tag.
	raw := bytes.ReplaceAll(b.Bytes(), []byte(`"check_name"`), []byte(`"CheckName"`))
	if err := json.Unmarshal(raw, &issues); err != nil || len(issues) != 3 {
		t.Fatalf("codeclimate: %v, %d issues\n%s", err, len(issues), b.String())
	}
	g := charge
	g.File = "mod/billing/charge.go"
	fp := Fingerprint(g)
	first := issues[0]
	if first.Type != "issue" || first.CheckName != "idempotency" || first.Severity != "major" ||
		first.Description != charge.Message+" (idempotency)" || first.Fingerprint != fp ||
		first.Location.Path != "mod/billing/charge.go" || first.Location.Lines.Begin != 12 || first.Location.Lines.End != 14 {
		t.Errorf("issue = %+v", first)
	}
	if issues[1].Fingerprint != fp+":2" {
		t.Errorf("second identical finding: fingerprint %q, want %q (unique in the report)", issues[1].Fingerprint, fp+":2")
	}
	if h := issues[2]; h.Severity != "critical" || len(h.Categories) != 1 || h.Categories[0] != "Security" ||
		h.Location.Path != "mod/hooks/hook.go" || h.Location.Lines.End != 0 {
		t.Errorf("webhookverify issue = %+v", h)
	}

	b.Reset()
	if err := CodeClimate(&b, nil, tool); err != nil || b.String() != "[]\n" {
		t.Errorf("no findings: %q, %v; want []", b.String(), err)
	}
}
