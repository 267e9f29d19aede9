package sariftest

import (
	"strings"
	"testing"
)

const valid = `{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
  "tool": {"driver": {"name": "paylint", "rules": [{"id": "x", "helpUri": "https://example.com/x"}]}},
  "results": [{"ruleId": "x", "level": "warning", "message": {"text": "m"},
    "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.go", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1, "startColumn": 1}}}]}]}]}`

// TestValidate checks that the validator accepts a minimal log and rejects
// each of its near misses, so that a passing test means something.
func TestValidate(t *testing.T) {
	if err := Validate([]byte(valid)); err != nil {
		t.Fatalf("valid log rejected: %v", err)
	}
	for name, bad := range map[string][2]string{
		"version":     {`"version": "2.1.0"`, `"version": "2.2.0"`},
		"level":       {`"level": "warning"`, `"level": "warn"`},
		"startLine 0": {`"startLine": 1`, `"startLine": 0`},
		"message":     {`"message": {"text": "m"}`, `"message": "m"`},
		"helpUri":     {`"helpUri": "https://example.com/x"`, `"helpUri": "not a uri"`},
		"no driver":   {`"driver": {"name": "paylint",`, `"driverX": {"name": "paylint",`},
		"extra field": {`"runs": [{`, `"runs": [{"columns": 1, `},
	} {
		log := strings.Replace(valid, bad[0], bad[1], 1)
		if log == valid {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := Validate([]byte(log)); err == nil {
			t.Errorf("%s: invalid log accepted", name)
		}
	}
	if err := Validate([]byte("{")); err == nil {
		t.Error("broken JSON accepted")
	}
}
