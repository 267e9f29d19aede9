// Package sariftest validates SARIF logs against the SARIF 2.1.0 JSON
// schema, for the tests of internal/output and internal/e2e. Only tests
// import it, so the schema validator stays out of the paylint binary.
//
// testdata/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema (errata
// 01, id https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/
// sarif-schema-2.1.0.json), taken from the copy that the Go module
// github.com/owenrumney/go-sarif/v3 v3.3.1 ships in
// pkg/report/v210/sarif/schema.go.
package sariftest

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed testdata/sarif-schema-2.1.0.json
var schemaJSON []byte

const schemaID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // "uri" formats (helpUri, $schema, %SRCROOT%) must hold
	if err := c.AddResource(schemaID, doc); err != nil {
		return nil, err
	}
	return c.Compile(schemaID)
})

// Validate returns nil when log is a SARIF 2.1.0 log valid under the schema,
// else an error listing every violation with its JSON pointer.
func Validate(log []byte) error {
	sch, err := compiled()
	if err != nil {
		return fmt.Errorf("compiling the SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("not valid SARIF 2.1.0: %v", err)
	}
	return nil
}
