package driver

import (
	"reflect"
	"testing"
)

// A main package with two func main: go vet heads the build with "# p"
// and its vet step with "# [p]". One package, one line, not two.
func TestParseVetStderrVetStepHeader(t *testing.T) {
	stderr := "# salome\n# [salome]\nvet: ./tool-main.go:10:6: main redeclared in this block\n"
	broken, other := parseVetStderr(stderr, "/nowhere")
	if len(other) != 0 {
		t.Errorf("other = %q, want none", other)
	}
	if len(broken) != 1 {
		t.Fatalf("got %d broken packages, want 1: %+v", len(broken), broken)
	}
	b := broken[0]
	if b.path != "salome" || !reflect.DeepEqual(b.errs, []string{"tool-main.go:10:6: main redeclared in this block"}) {
		t.Errorf("got %q %q", b.path, b.errs)
	}
	if got, want := b.line(), "package salome does not compile: tool-main.go:10:6: main redeclared in this block"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
}

// A test variant keeps its package's path: "# p [p.test]".
func TestParseVetStderrTestVariant(t *testing.T) {
	broken, _ := parseVetStderr("# shop/pay [shop/pay.test]\nvet: pay/x_test.go:3:1: undefined: y\n", "/nowhere")
	if len(broken) != 1 || broken[0].path != "shop/pay" {
		t.Fatalf("got %+v", broken)
	}
}
